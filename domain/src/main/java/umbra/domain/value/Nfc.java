package umbra.domain.value;

import java.text.Normalizer;

/**
 * Unicode NFC normalization, which Dark applies to string literals and to {@code ++}. Checking
 * a whole string with {@link Normalizer} costs a table lookup per character, and a string built
 * by appending in a loop is checked again at every step; most text never needs it.
 */
public final class Nfc {
  private Nfc() {}

  /**
   * Every character below U+0300 (ASCII, Latin-1, Latin Extended, IPA, spacing modifiers) has
   * NFC_Quick_Check=Yes and canonical combining class 0, so by the quick-check rule of UAX #15
   * a string of them only is already in NFC. U+0300 starts the combining diacritical marks.
   */
  private static final char FIRST_THAT_MAY_COMBINE = '\u0300';

  /** {@code s} in NFC: the same string when it already is. */
  public static String normalize(String s) {
    if (belowCombiningMarks(s) || Normalizer.isNormalized(s, Normalizer.Form.NFC)) return s;
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  private static boolean belowCombiningMarks(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if (s.charAt(i) >= FIRST_THAT_MAY_COMBINE) return false;
    }
    return true;
  }
}
