package umbra.domain.stdlib;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugifyTest {
  private static final String MESSY =
      "  M@y  'super'  Really- exce+llent *Uber_ ama\"zing* ~very   5x5 ~ \"clever\" thing: coffee😭!";

  @Test
  void v0_keeps_some_punctuation() {
    assertThat(Slugify.v0(MESSY))
        .isEqualTo("m@y-'super'-really-exce+llent-*uber_-ama\"zing*-~very-5x5-~-\"clever\"-thing:-coffee!");
    assertThat(Slugify.v0("!\"#$%&'()*+,-./")).isEqualTo("!\"$'()*+-.");
    assertThat(Slugify.v0("{|}~\u007F")).isEqualTo("~");
    assertThat(Slugify.v0("🎁🎄Ǣʚ231")).isEqualTo("231");
  }

  @Test
  void v1_keeps_ascii_letters_digits_and_joins_with_hyphens() {
    assertThat(Slugify.v1(MESSY)).isEqualTo("my-super-really-excellent-uber-amazing-very-5x5-clever-thing-coffee");
    assertThat(Slugify.v1("ddsd516ds125sd12sd12Ü")).isEqualTo("ddsd516ds125sd12sd12");
    assertThat(Slugify.v1("q=\u0002$\u001a<+MC")).isEqualTo("qmc");
    assertThat(Slugify.v1("[\\]^_`")).isEqualTo("-");
  }

  @Test
  void control_characters_vanish_except_whitespace_which_hyphenates() {
    String controls = "b\u0001c\u0002d\u0003e\u0004f\u0005g\u0006h\u0007i\bj\tk\nl\u000Bm\fn\ro\u000Ep\u000Fq";
    assertThat(Slugify.v0(controls)).isEqualTo("bcdefghij-k-lm-n-opq");
    assertThat(Slugify.v1(controls)).isEqualTo("bcdefghij-k-lm-n-opq");
    assertThat(Slugify.v2(controls)).isEqualTo("bcdefghij-k-lm-n-opq");
  }

  @Test
  void v2_lowercases_before_filtering() {
    assertThat(Slugify.v2(MESSY)).isEqualTo("my-super-really-excellent-uber-amazing-very-5x5-clever-thing-coffee");
    assertThat(Slugify.v2("Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇")).isEqualTo("zlo");
    assertThat(Slugify.v2("{|}~\u007F")).isEqualTo("");
  }
}
