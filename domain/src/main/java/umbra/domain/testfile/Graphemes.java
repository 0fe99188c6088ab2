package umbra.domain.testfile;

import java.text.BreakIterator;

/** Counting extended grapheme clusters (language.md A.7.16), for Test::toChar and the canonical check. */
final class Graphemes {
  private Graphemes() {}

  static int count(String s) {
    BreakIterator it = BreakIterator.getCharacterInstance();
    it.setText(s);
    int n = 0;
    while (it.next() != BreakIterator.DONE) n++;
    return n;
  }
}
