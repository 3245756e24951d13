package org.strategysession.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.strategysession.model.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an enum value written in lower case ({@code --format json}), upper case accepted too,
 * and names the values in lower case when the word is wrong, as the help does (picocli's own
 * message would list them in upper case).
 */
class LowerCaseEnum<E extends Enum<E>> implements ITypeConverter<E> {
  private final Class<E> type;

  LowerCaseEnum(Class<E> type) {
    this.type = type;
  }

  @Override
  public E convert(String value) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value)) {
        return e;
      }
    }
    throw new TypeConversionException("expected one of "
        + Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", "))
        + " but was '" + value + "'");
  }

  static final class ReportFormats extends LowerCaseEnum<ReportFormat> {
    ReportFormats() {
      super(ReportFormat.class);
    }
  }

  static final class RoadmapFormats extends LowerCaseEnum<RoadmapFormat> {
    RoadmapFormats() {
      super(RoadmapFormat.class);
    }
  }

  static final class ProgressFormats extends LowerCaseEnum<ProgressFormat> {
    ProgressFormats() {
      super(ProgressFormat.class);
    }
  }

  static final class Languages extends LowerCaseEnum<Language> {
    Languages() {
      super(Language.class);
    }
  }

  static final class Severities extends LowerCaseEnum<FailOn> {
    Severities() {
      super(FailOn.class);
    }
  }
}
