package umbra.domain.stdlib;

import java.text.BreakIterator;
import java.util.ArrayList;
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
}
