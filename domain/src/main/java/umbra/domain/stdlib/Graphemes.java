package umbra.domain.stdlib;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Extended grapheme clusters, Dark's "characters" (language.md A.7.16): what .NET's
 * {@code StringInfo} text elements are. The JDK's character BreakIterator implements UAX #29
 * extended clusters since JDK 20, so emoji ZWJ sequences, flags and combining marks stay whole.
 */
public final class Graphemes {
  private Graphemes() {}

  /** The clusters of {@code s} in order; empty for the empty string. */
  public static List<String> of(String s) {
    var clusters = new ArrayList<String>();
    BreakIterator it = BreakIterator.getCharacterInstance();
    it.setText(s);
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      clusters.add(s.substring(start, end));
    }
    return clusters;
  }

  /** How many clusters {@code s} has ({@code String::length_v1}). */
  public static int count(String s) {
    BreakIterator it = BreakIterator.getCharacterInstance();
    it.setText(s);
    int n = 0;
    while (it.next() != BreakIterator.DONE) n++;
    return n;
  }

  /** The first n characters; all of them if n is too large, none if negative. */
  public static String first(String s, long n) {
    List<String> cs = of(s);
    return String.join("", cs.subList(0, clamp(n, cs.size())));
  }

  /** The last n characters; all of them if n is too large, none if negative. */
  public static String last(String s, long n) {
    List<String> cs = of(s);
    return String.join("", cs.subList(cs.size() - clamp(n, cs.size()), cs.size()));
  }

  /** All but the first n characters; unchanged if n is negative. */
  public static String dropFirst(String s, long n) {
    List<String> cs = of(s);
    return String.join("", cs.subList(clamp(n, cs.size()), cs.size()));
  }

  /** All but the last n characters; unchanged if n is negative. */
  public static String dropLast(String s, long n) {
    List<String> cs = of(s);
    return String.join("", cs.subList(0, cs.size() - clamp(n, cs.size())));
  }

  /** Characters from (inclusive) to (exclusive); negative indices count from the end, both clamp, from > to gives "". */
  public static String slice(String s, long from, long to) {
    List<String> cs = of(s);
    int f = clamp(from < 0 ? cs.size() + from : from, cs.size());
    int t = clamp(to < 0 ? cs.size() + to : to, cs.size());
    return t <= f ? "" : String.join("", cs.subList(f, t));
  }

  public static String reverse(String s) {
    List<String> cs = of(s);
    Collections.reverse(cs);
    return String.join("", cs);
  }

  private static int clamp(long n, int size) { return (int) Math.max(0, Math.min(n, size)); }
}
