package org.strategysession.model;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Reads the keys of a month map ({@code monthly}, {@code actual}, {@code assumedMonthly}):
 * decimal digits without a sign, a leading zero or spaces, so that one month has one spelling
 * ({@code "3"}, never {@code "03"}) and a document cannot hold the same month twice. Whether the
 * number is a month 1–12 is the value's own check, with the message every month has.
 */
final class MonthKey extends KeyDeserializer {
  private static final Pattern DIGITS = Pattern.compile("0|[1-9][0-9]{0,8}");

  @Override
  public Object deserializeKey(String key, DeserializationContext context) throws IOException {
    if (DIGITS.matcher(key).matches()) {
      return Integer.valueOf(key);
    }
    String reason = "\"" + key + "\" is not a month: months are written \"1\" to \"12\"";
    throw JsonMappingException.from(context, reason, new InvalidValueException("", reason));
  }
}
