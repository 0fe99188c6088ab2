package umbra.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/** Small building blocks for generators used with {@link Property}. */
public final class Gen {
  private Gen() {}

  @SafeVarargs
  public static <T> T oneOf(Random r, T... choices) {
    return choices[r.nextInt(choices.length)];
  }

  public static <T> T oneOf(Random r, List<T> choices) {
    return choices.get(r.nextInt(choices.size()));
  }

  public static <T> List<T> list(Random r, int min, int max, Function<Random, T> item) {
    int n = min + r.nextInt(max - min + 1);
    var out = new ArrayList<T>(n);
    for (int i = 0; i < n; i++) out.add(item.apply(r));
    return out;
  }

  /** Up to {@code maxLength} code points, mostly ASCII, sometimes any Unicode scalar value. */
  public static String string(Random r, int maxLength) {
    var sb = new StringBuilder();
    int n = r.nextInt(maxLength + 1);
    for (int i = 0; i < n; i++) sb.appendCodePoint(r.nextInt(4) == 0 ? codePoint(r) : 32 + r.nextInt(95));
    return sb.toString();
  }

  public static String digits(Random r, int min, int max) {
    var sb = new StringBuilder();
    int n = min + r.nextInt(max - min + 1);
    for (int i = 0; i < n; i++) sb.append((char) ('0' + r.nextInt(10)));
    return sb.toString();
  }

  /** Any Unicode scalar value (no lone surrogates). */
  public static int codePoint(Random r) {
    while (true) {
      int c = r.nextInt(Character.MAX_CODE_POINT + 1);
      if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) return c;
    }
  }

  /**
   * {@code sample} with one to eight random edits (a character flipped, inserted, deleted, a span
   * duplicated): input that is nearly valid, which reaches deeper into a reader than noise does.
   */
  public static String mutate(Random r, String sample) {
    var sb = new StringBuilder(sample);
    int edits = 1 + r.nextInt(8);
    for (int i = 0; i < edits; i++) {
      int at = sb.isEmpty() ? 0 : r.nextInt(sb.length());
      switch (r.nextInt(4)) {
        case 0 -> { if (!sb.isEmpty()) sb.setCharAt(at, noiseChar(r)); }
        case 1 -> sb.insert(at, noiseChar(r));
        case 2 -> { if (!sb.isEmpty()) sb.deleteCharAt(at); }
        default -> sb.insert(at, sb.substring(at, Math.min(sb.length(), at + r.nextInt(16))));
      }
    }
    return sb.toString();
  }

  private static final String PUNCTUATION = "{}[]()\"',:;\\ \n\t\r|=<>-+.0123456789eE_aZ#/@";

  /** Mostly the punctuation readers split on, sometimes any char (a lone surrogate included). */
  private static char noiseChar(Random r) {
    return r.nextInt(3) == 0 ? (char) r.nextInt(0x10000) : PUNCTUATION.charAt(r.nextInt(PUNCTUATION.length()));
  }
}
