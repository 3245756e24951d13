package org.strategysession.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Pattern;

/**
 * Dates and times exactly as the format writes them: {@code YYYY-MM-DD} (a real day of the
 * calendar) and {@code HH:mm} (00:00–23:59). Jackson's own readers are lenient where the format
 * is not (a date with a time part, a year with a sign, {@code 24:00}); these refuse such values
 * as what they are, so the reader and the format's JSON Schema agree.
 */
final class StrictDateTimes {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

  private StrictDateTimes() {}

  /** The module that reads {@link LocalDate} and {@link LocalTime} strictly. */
  static SimpleModule module() {
    SimpleModule module = new SimpleModule("strict-date-times");
    module.addDeserializer(LocalDate.class, new Dates());
    module.addDeserializer(LocalTime.class, new Times());
    return module;
  }

  private static String text(JsonParser parser, DeserializationContext context, Class<?> type)
      throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      return (String) context.handleUnexpectedToken(type, parser);
    }
    return parser.getText();
  }

  private static final class Dates extends JsonDeserializer<LocalDate> {
    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      String text = text(parser, context, LocalDate.class);
      if (DATE.matcher(text).matches()) {
        try {
          return LocalDate.parse(text);
        } catch (DateTimeException e) {
          // not a day of the calendar: reported below like any other wrong date
        }
      }
      return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text,
          "not a date of the form YYYY-MM-DD");
    }
  }

  private static final class Times extends JsonDeserializer<LocalTime> {
    @Override
    public LocalTime deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      String text = text(parser, context, LocalTime.class);
      if (TIME.matcher(text).matches()) {
        return LocalTime.parse(text);
      }
      return (LocalTime) context.handleWeirdStringValue(LocalTime.class, text,
          "not a time of the form HH:mm");
    }
  }
}
