package org.strategysession.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.strategysession.model.Language;
import org.strategysession.workbook.SheetGrid.Bool;
import org.strategysession.workbook.SheetGrid.Err;
import org.strategysession.workbook.SheetGrid.Located;
import org.strategysession.workbook.SheetGrid.Num;
import org.strategysession.workbook.SheetGrid.Text;
import org.strategysession.workbook.WorkbookProblem.Severity;

/**
 * Reads one cell as the kind of value its column holds, accepting what people and
 * spreadsheet programs actually put there (a number typed as text, a date as a serial
 * number, 14,5 with a decimal comma) and reporting, with the cell, whatever it cannot read.
 * Every method returns empty (or false) after reporting a problem.
 */
final class ValueReader {
  /** The largest plan number the format allows: digits before and after the point. */
  private static final int MAX_INTEGER_DIGITS = 18;

  private static final int MAX_DECIMALS = 12;

  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][+-]?\\d+)?");
  private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})");
  private static final Pattern DOTTED_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
  private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;\\n]");

  private final Problems problems;

  ValueReader(Problems problems) {
    this.problems = problems;
  }

  void error(Located at, String message) {
    problems.cell(Severity.ERROR, at.grid().index, at.grid().name, at.row(), at.column(), message);
  }

  void warning(Located at, String message) {
    problems.cell(Severity.WARNING, at.grid().index, at.grid().name, at.row(), at.column(), message);
  }

  /** The value as a person would read it in a message. */
  static String show(Located at) {
    if (at.value() instanceof Text) {
      String t = ((Text) at.value()).text();
      if (t.length() > 60) {
        t = t.substring(0, 57) + "...";
      }
      return "\"" + t.replace("\n", " ") + "\"";
    }
    return plain(at);
  }

  private static String plain(Located at) {
    if (at.value() instanceof Num) {
      Num n = (Num) at.value();
      if (n.dateFormatted() && n.asDate() != null) {
        LocalDateTime dt = n.asDate();
        if (n.number() < 1) {
          return dt.toLocalTime().toString();
        }
        return dt.toLocalTime().equals(LocalTime.MIDNIGHT)
            ? dt.toLocalDate().toString()
            : dt.toLocalDate() + " " + dt.toLocalTime();
      }
      return Numbers.fromCell(n.number()).toPlainString();
    }
    if (at.value() instanceof Bool) {
      return ((Bool) at.value()).value() ? "TRUE" : "FALSE";
    }
    if (at.value() instanceof Err) {
      return ((Err) at.value()).code();
    }
    return ((Text) at.value()).text();
  }

  private boolean isError(Located at, String field) {
    if (at.value() instanceof Err) {
      error(at, field + " holds the error " + ((Err) at.value()).code() + "; type the value instead");
      return true;
    }
    return false;
  }

  /** Free text, as typed; a number or date in a text cell is taken as it is shown. */
  Optional<String> text(Located at, String field) {
    if (at == null || isError(at, field)) {
      return Optional.empty();
    }
    return Optional.of(plain(at));
  }

  /** An id or a reference to one: surrounding spaces are not part of it. */
  Optional<String> id(Located at, String field) {
    return text(at, field).map(String::strip).filter(s -> !s.isEmpty());
  }

  /** Ids separated by commas, semicolons or line breaks. */
  List<String> idList(Located at, String field) {
    List<String> out = new ArrayList<>();
    text(at, field)
        .ifPresent(
            t -> {
              for (String item : LIST_SEPARATOR.split(t)) {
                if (!item.isBlank()) {
                  out.add(item.strip());
                }
              }
            });
    return out;
  }

  Optional<BigDecimal> number(Located at, String field) {
    if (at == null || isError(at, field)) {
      return Optional.empty();
    }
    BigDecimal n;
    if (at.value() instanceof Num) {
      Num num = (Num) at.value();
      if (num.dateFormatted()) {
        // A spreadsheet set to a locale with a decimal comma turns "1.5" into the 1st of May.
        error(at, field + " " + plain(at) + " is a date or time, not a number; format the cell as a number");
        return Optional.empty();
      }
      n = Numbers.fromCell(num.number());
    } else if (at.value() instanceof Text) {
      String t = ((Text) at.value()).text().strip().replaceAll("[\\s\\u00a0\\u2007\\u202f']", "");
      Matcher m = NUMBER.matcher(t);
      if (!m.matches()) {
        error(at, field + " " + show(at) + " is not a number");
        return Optional.empty();
      }
      try {
        n = Numbers.canonical(new BigDecimal(t.replace(',', '.')));
      } catch (NumberFormatException | ArithmeticException e) {
        error(at, field + " " + show(at) + " is not a number");
        return Optional.empty();
      }
    } else {
      error(at, field + " " + show(at) + " is not a number");
      return Optional.empty();
    }
    if (n.precision() - n.scale() > MAX_INTEGER_DIGITS || n.scale() > MAX_DECIMALS) {
      error(at, field + " " + n.toPlainString() + " is out of range: at most " + MAX_INTEGER_DIGITS
          + " digits before the point and " + MAX_DECIMALS + " after");
      return Optional.empty();
    }
    return Optional.of(n);
  }

  Optional<Integer> whole(Located at, String field, int min, int max) {
    if (at != null && at.value() instanceof Num && ((Num) at.value()).dateFormatted()) {
      error(at, field + " " + plain(at) + " is a date or time, not a whole number; format the cell as a number");
      return Optional.empty();
    }
    Optional<BigDecimal> n = number(at, field);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal v = n.get();
    if (v.scale() > 0) {
      error(at, field + " " + v.toPlainString() + " is not a whole number");
      return Optional.empty();
    }
    if (v.compareTo(BigDecimal.valueOf(min)) < 0 || v.compareTo(BigDecimal.valueOf(max)) > 0) {
      error(at, field + " " + v.toPlainString() + " is out of range " + min + "–" + max);
      return Optional.empty();
    }
    return Optional.of(v.intValueExact());
  }

  Optional<LocalDate> date(Located at, String field) {
    if (at == null || isError(at, field)) {
      return Optional.empty();
    }
    if (at.value() instanceof Num) {
      Num n = (Num) at.value();
      if (n.asDate() != null && n.number() >= 1) {
        if (n.number() != Math.floor(n.number())) {
          error(at, field + " " + plain(at) + " has a time of day; write the date alone");
          return Optional.empty();
        }
        return Optional.of(n.asDate().toLocalDate());
      }
    } else if (at.value() instanceof Text) {
      String t = ((Text) at.value()).text().strip();
      try {
        return Optional.of(LocalDate.parse(t, DateTimeFormatter.ISO_LOCAL_DATE));
      } catch (DateTimeParseException e) {
        Matcher m = DOTTED_DATE.matcher(t);
        if (m.matches()) {
          try {
            return Optional.of(
                LocalDate.of(
                    Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1))));
          } catch (java.time.DateTimeException invalid) {
            // reported below, as any other text that is not a date
          }
        }
      }
    }
    error(at, field + " " + show(at) + " is not a date (write it 2026-12-14)");
    return Optional.empty();
  }

  Optional<LocalTime> time(Located at, String field) {
    if (at == null || isError(at, field)) {
      return Optional.empty();
    }
    if (at.value() instanceof Num) {
      double d = ((Num) at.value()).number();
      if (d >= 0 && d < 1) {
        long seconds = Math.round(d * 86_400);
        if (seconds % 60 != 0) {
          error(at, field + " " + plain(at) + " has seconds; write hours and minutes");
          return Optional.empty();
        }
        if (seconds < 86_400) {
          return Optional.of(LocalTime.ofSecondOfDay(seconds));
        }
      }
    } else if (at.value() instanceof Text) {
      Matcher m = TIME.matcher(((Text) at.value()).text().strip());
      if (m.matches()) {
        int h = Integer.parseInt(m.group(1));
        int min = Integer.parseInt(m.group(2));
        if (h < 24 && min < 60) {
          return Optional.of(LocalTime.of(h, min));
        }
      }
    }
    error(at, field + " " + show(at) + " is not a time of day (write it 10:30)");
    return Optional.empty();
  }

  /** A month mark: true for x (and a few other marks), false for blank. */
  boolean mark(Located at, String field) {
    return marked(at, field, "is not a month mark: put x or leave it blank");
  }

  /** An x that ticks a row off (a key task achieved): read as a month mark is. */
  boolean tick(Located at, String field) {
    return marked(at, field, "is not a mark: put x if it was achieved, or leave it blank");
  }

  private boolean marked(Located at, String field, String otherwise) {
    if (at == null || isError(at, field)) {
      return false;
    }
    if (at.value() instanceof Bool) {
      return ((Bool) at.value()).value();
    }
    if (at.value() instanceof Num && !((Num) at.value()).dateFormatted()) {
      double d = ((Num) at.value()).number();
      if (d == 1 || d == 0) {
        return d == 1;
      }
    }
    if (at.value() instanceof Text && Vocabulary.isMark(((Text) at.value()).text())) {
      return true;
    }
    error(at, field + " " + show(at) + " " + otherwise);
    return false;
  }

  Optional<Boolean> yesNo(Located at, String field) {
    if (at == null || isError(at, field)) {
      return Optional.empty();
    }
    if (at.value() instanceof Bool) {
      return Optional.of(((Bool) at.value()).value());
    }
    String t = plain(at);
    if (Vocabulary.YES.matches(t) || Term.normalize(t).equals("true") || t.strip().equals("1")) {
      return Optional.of(true);
    }
    if (Vocabulary.NO.matches(t) || Term.normalize(t).equals("false") || t.strip().equals("0")) {
      return Optional.of(false);
    }
    error(at, field + " " + show(at) + " is not yes or no");
    return Optional.empty();
  }

  <E extends Enum<?>> Optional<E> choice(Located at, String field, Class<E> type) {
    Optional<String> text = text(at, field);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<E> value = Vocabulary.parse(type, text.get());
    if (value.isEmpty()) {
      error(at, field + " " + show(at) + " is not one of "
          + Arrays.stream(type.getEnumConstants())
              .map(e -> Vocabulary.label(e, Language.EN))
              .collect(Collectors.joining(", "))
          + " (" + String.join(", ", Vocabulary.labels(type, Language.RU)) + ")");
    }
    return value;
  }
}
