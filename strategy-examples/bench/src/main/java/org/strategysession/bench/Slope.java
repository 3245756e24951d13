package org.strategysession.bench;

/**
 * Growth of time with size: the least-squares slope of {@code ln y} against {@code ln x}. A
 * slope of 1 is linear growth, 2 quadratic. Pure function; thread-safe.
 */
public final class Slope {
  private Slope() {}

  /**
   * The log-log slope of {@code y} against {@code x}.
   *
   * @param x the sizes, all positive; at least two distinct
   * @param y the times, all positive; as many as {@code x}
   * @return the slope
   * @throws IllegalArgumentException if the arrays differ in length, hold fewer than two
   *     points, or a value is not positive
   */
  public static double of(double[] x, double[] y) {
    if (x.length != y.length || x.length < 2) {
      throw new IllegalArgumentException("need two or more (x, y) pairs");
    }
    int n = x.length;
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      if (!(x[i] > 0) || !(y[i] > 0)) {
        throw new IllegalArgumentException("values must be positive");
      }
      mx += Math.log(x[i]) / n;
      my += Math.log(y[i]) / n;
    }
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < n; i++) {
      double dx = Math.log(x[i]) - mx;
      sxy += dx * (Math.log(y[i]) - my);
      sxx += dx * dx;
    }
    if (sxx == 0) {
      throw new IllegalArgumentException("need two or more distinct sizes");
    }
    return sxy / sxx;
  }
}
