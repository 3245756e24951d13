package org.strategysession.workbook;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Plan numbers between BigDecimal and a spreadsheet's doubles. */
final class Numbers {
  private Numbers() {}

  /** Excel keeps 15 significant digits; longer numbers are written as text to stay exact. */
  static final int DOUBLE_DIGITS = 15;

  private static final MathContext SPREADSHEET = new MathContext(DOUBLE_DIGITS, RoundingMode.HALF_EVEN);

  /**
   * The value without trailing zeros and never in exponent form ({@code 480.0} and {@code
   * 4.8E+2} are {@code 480}): a cell holds a value, not how it was written.
   */
  static BigDecimal canonical(BigDecimal value) {
    BigDecimal n = value.stripTrailingZeros();
    return n.scale() < 0 ? n.setScale(0) : n;
  }

  /**
   * A cell's double as the decimal a person typed: the 15 significant digits a spreadsheet
   * keeps, so that 0.1 reads as 0.1 and not as the binary fraction nearest to it.
   */
  static BigDecimal fromCell(double value) {
    return canonical(new BigDecimal(value).round(SPREADSHEET));
  }
}
