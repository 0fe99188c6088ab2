package umbra.domain.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** The fast path of {@link Nfc} gives exactly what the JDK's normalizer gives. */
class NfcTest {

  @Test
  void everyCharacterBelowTheCombiningMarksAloneAndInPairsIsAlreadyNfc() {
    for (char a = 0; a < 0x300; a++) {
      assertThat(Normalizer.isNormalized(String.valueOf(a), Normalizer.Form.NFC)).as("U+%04X", (int) a).isTrue();
      for (char b = 0; b < 0x300; b++) {
        String pair = new String(new char[] {a, b});
        if (!Normalizer.isNormalized(pair, Normalizer.Form.NFC)) {
          throw new AssertionError(String.format("U+%04X U+%04X is not NFC", (int) a, (int) b));
        }
      }
    }
  }

  @Test
  void textThatMayComposeIsNormalized() {
    assertThat(Nfc.normalize("cafe\u0301")).isEqualTo("caf\u00e9");
    assertThat(Nfc.normalize("\u00c5ngstr\u00f6m \u212b")).isEqualTo("\u00c5ngstr\u00f6m \u00c5");
    assertThat(Nfc.normalize("\u1100\u1161")).isEqualTo("\uac00");
  }

  @Test
  void textAlreadyInNfcIsReturnedAsItIs() {
    String ascii = "hello, world";
    String korean = "\uac00\ub098";
    assertThat(Nfc.normalize(ascii)).isSameAs(ascii);
    assertThat(Nfc.normalize(korean)).isSameAs(korean);
  }
}
