package umbra.domain.stdlib;

import java.util.ArrayList;
import java.util.List;
import umbra.domain.value.Meter;

/**
 * The two {@code String::split} versions. An empty separator splits into characters in both.
 * Each charges the characters of its pieces, and its search.
 */
final class Splitting {
  private Splitting() {}

  /**
   * split_v0 mimics OCaml: an ordinal split that then drops one empty piece at the start and one
   * at the end, so n adjacent separators leave n-1 empty strings ({@code "aaaa"} by {@code "a"} is
   * three of them).
   */
  static List<String> legacy(String s, String separator, Meter meter) {
    meter.text(s.length());
    if (separator.isEmpty()) return characters(s, meter);
    Substrings finder = Substrings.of(separator, s, meter);
    var pieces = new ArrayList<String>();
    int from = 0;
    for (int at = finder.indexOf(s, 0); at >= 0; at = finder.indexOf(s, from)) {
      pieces.add(s.substring(from, at));
      from = at + separator.length();
    }
    pieces.add(s.substring(from));
    if (!pieces.isEmpty() && pieces.get(0).isEmpty()) pieces.remove(0);
    if (!pieces.isEmpty() && pieces.get(pieces.size() - 1).isEmpty()) pieces.remove(pieces.size() - 1);
    return pieces;
  }

  /**
   * split_v1 keeps every piece but only matches the separator on whole characters, so a separator
   * that is part of an emoji sequence does not cut it.
   */
  static List<String> byCharacters(String s, String separator, Meter meter) {
    meter.text(s.length());
    if (separator.isEmpty()) return characters(s, meter);
    List<String> chars = characters(s, meter);
    List<String> sep = characters(separator, meter);
    meter.scan(Meter.times(chars.size(), sep.size())); // a comparison of the separator at each character
    var pieces = new ArrayList<String>();
    var current = new StringBuilder();
    int i = 0;
    while (i < chars.size()) {
      if (i + sep.size() <= chars.size() && chars.subList(i, i + sep.size()).equals(sep)) {
        pieces.add(current.toString());
        current.setLength(0);
        i += sep.size();
      } else {
        current.append(chars.get(i++));
      }
    }
    pieces.add(current.toString());
    return pieces;
  }

  /** Segmenting: a step per UTF-16 unit. */
  private static List<String> characters(String s, Meter meter) {
    meter.scan(s.length());
    return Graphemes.of(s);
  }
}
