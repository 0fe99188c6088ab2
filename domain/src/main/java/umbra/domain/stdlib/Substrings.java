package umbra.domain.stdlib;

import umbra.domain.value.Meter;

/**
 * Ordinal search for a text in a string, in time linear in both, so its charge bounds it: the
 * JDK's {@code String.indexOf} compares up to every character of the needle at every position of
 * the haystack (a million {@code a}s searched for half a million {@code a}s and a {@code b} takes
 * minutes). Short needles, whose worst case is a few passes, still use it; longer ones use
 * Knuth-Morris-Pratt, which never looks at a haystack character twice.
 */
final class Substrings {
  /** Needles up to this long are searched with {@code String.indexOf}. */
  private static final int SHORT = 16;

  private final String needle;
  /** For each prefix of a long needle, the length of its longest proper prefix that is also its suffix; null for a short one. */
  private final int[] fallback;

  private Substrings(String needle) {
    this.needle = needle;
    this.fallback = needle.length() > SHORT ? fallbacks(needle) : null;
  }

  /**
   * A search for {@code needle} through {@code haystack}, one pass over it however many matches
   * are asked for, charged to {@code meter} now: at worst {@link #SHORT} comparisons per
   * character of the haystack for a short needle, two for a long one.
   */
  static Substrings of(String needle, String haystack, Meter meter) {
    long perCharacter = Math.min(needle.length(), SHORT);
    meter.scanText(Meter.times(haystack.length(), perCharacter) + needle.length());
    return new Substrings(needle);
  }

  /** The first index at or after {@code from} where the needle starts in {@code haystack}, or -1. */
  int indexOf(String haystack, int from) {
    if (fallback == null) return haystack.indexOf(needle, from);
    int matched = 0;
    for (int i = from; i < haystack.length(); i++) {
      char c = haystack.charAt(i);
      while (matched > 0 && needle.charAt(matched) != c) matched = fallback[matched - 1];
      if (needle.charAt(matched) == c) matched++;
      if (matched == needle.length()) return i - matched + 1;
    }
    return -1;
  }

  private static int[] fallbacks(String needle) {
    int[] table = new int[needle.length()];
    int k = 0;
    for (int i = 1; i < needle.length(); i++) {
      while (k > 0 && needle.charAt(i) != needle.charAt(k)) k = table[k - 1];
      if (needle.charAt(i) == needle.charAt(k)) k++;
      table[i] = k;
    }
    return table;
  }
}
