package umbra.handler.http;

/**
 * A value from a request, as a log line may show it: a request may carry a path or a method of
 * tens of kilobytes, and one log line per request must not copy them whole.
 */
public final class LogValue {
  /** The most characters of one value a log line shows. */
  public static final int MAX_CHARS = 200;

  private LogValue() {}

  /** {@code value} itself when short, else its start and how many characters were left out. */
  public static String cut(String value) {
    if (value.length() <= MAX_CHARS) return value;
    return value.substring(0, MAX_CHARS) + "...(" + (value.length() - MAX_CHARS) + " more chars)";
  }
}
