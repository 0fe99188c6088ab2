package umbra.domain.stdlib;

/**
 * {@code Date::toHumanReadable_v0}, deprecated in Dark as "This function doesn't work": it takes
 * the date's seconds since the epoch but divides by milliseconds-per-unit, so every date reads as
 * a short span. Kept bug for bug (floats, truncation, the missing comma after minutes).
 */
final class HumanReadable {
  private HumanReadable() {}

  private static final double MS_PER_MINUTE = 60.0 * 1000.0;
  private static final double MS_PER_HOUR = MS_PER_MINUTE * 60.0;
  private static final double MS_PER_DAY = MS_PER_HOUR * 24.0;
  private static final double MS_PER_MONTH = MS_PER_DAY * 30.0;
  private static final double MS_PER_YEAR = MS_PER_DAY * 365.0;

  static String of(long epochSeconds) {
    String diff = spans(epochSeconds);
    return diff.isEmpty() ? "less than a minute" : diff;
  }

  private static String spans(double time) {
    if (time / MS_PER_YEAR > 1.0) return unit(time, MS_PER_YEAR, "year", ", ");
    if (time / MS_PER_MONTH > 1.0) return unit(time, MS_PER_MONTH, "month", ", ");
    if (time / MS_PER_DAY > 1.0) return unit(time, MS_PER_DAY, "day", ", ");
    if (time / MS_PER_HOUR > 1.0) return unit(time, MS_PER_HOUR, "hour", ", ");
    if (time / MS_PER_MINUTE > 1.0) return unit(time, MS_PER_MINUTE, "minute", "");
    return "";
  }

  private static String unit(double time, double per, String name, String separator) {
    String suffix = time / per > 2.0 ? name + "s" : name;
    return (int) (time / per) + " " + suffix + separator + spans(time % per);
  }
}
