package umbra.handler.http;

import java.util.Map;

/** A whole number a server setting takes from an environment variable, refused in one line that says what is expected. */
public final class EnvironmentNumber {
  /** No setting of a server limit needs more: a larger number is a typo. */
  private static final long MOST = 1_000_000;

  private EnvironmentNumber() {}

  /**
   * {@code variable}'s value, or {@code fallback} when it is not set.
   *
   * @param what what the value must be, for the message ("a positive number of seconds")
   * @throws IllegalArgumentException when the value is not a whole number from {@code least} to a million
   */
  public static long read(Map<String, String> env, String variable, long fallback, long least, String what) {
    String text = env.get(variable);
    if (text == null) return fallback;
    try {
      long n = Long.parseLong(text.strip());
      if (n < least || n > MOST) throw new NumberFormatException();
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(variable + " must be " + what + ", not '" + text + "'");
    }
  }
}
