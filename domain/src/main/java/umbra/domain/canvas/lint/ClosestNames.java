package umbra.domain.canvas.lint;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** The names closest to a misspelt one, by edit distance (ignoring case), for "did you mean". */
final class ClosestNames {
  private static final int MAX_SUGGESTIONS = 3;

  private ClosestNames() {}

  /**
   * At most three names within an edit for every three characters of the name's last part (after
   * a module's {@code .}), closest first; none for names under three characters, where anything
   * is close.
   */
  static List<String> to(String name, Collection<String> candidates) {
    int limit = (name.length() - name.lastIndexOf('.') - 1) / 3;
    if (limit == 0) return List.of();
    record Scored(String name, int distance) {}
    return candidates.stream().distinct()
        .map(c -> new Scored(c, distance(name.toLowerCase(), c.toLowerCase())))
        .filter(s -> s.distance() <= limit)
        .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
        .limit(MAX_SUGGESTIONS).map(Scored::name).toList();
  }

  /** The suggestion suffix of a warning: {@code ; did you mean a, b?} or nothing. */
  static String didYouMean(String name, Collection<String> candidates) {
    return didYouMean(to(name, candidates));
  }

  static String didYouMean(List<String> close) {
    return close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?";
  }

  /**
   * Edit distance counting an insertion, a deletion, a substitution or a swap of two neighbours
   * as one edit each (optimal string alignment: {@code lenght} is one edit from {@code length}).
   */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) d[i][0] = i;
    for (int j = 0; j <= b.length(); j++) d[0][j] = j;
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
