package umbra.domain.stdlib;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The .NET-compatible building blocks the text modules rest on. */
class TextHelpersTest {

  @Test
  void graphemes_keep_emoji_sequences_flags_and_combining_marks_together() {
    assertThat(Graphemes.of("🇺🇸🇷🇺🇸 🇦🇫")).containsExactly("🇺🇸", "🇷🇺", "🇸", " ", "🇦🇫");
    assertThat(Graphemes.of("e\u0301\r\n")).containsExactly("e\u0301", "\r\n");
    assertThat(Graphemes.count("👨‍❤️‍💋‍👨👩‍👩‍👧‍👦🏳️‍⚧️‍️🇵🇷")).isEqualTo(4);
    assertThat(Graphemes.of("")).isEmpty();
  }

  @Test
  void invariant_case_mapping_is_simple_and_keeps_the_turkish_i_exceptions() {
    assertThat(DotnetText.toUpper("ßǆ")).isEqualTo("ßǄ");
    assertThat(DotnetText.toUpper("ı")).isEqualTo("ı");
    assertThat(DotnetText.toLower("İ")).isEqualTo("İ");
    assertThat(DotnetText.toLower("𐐀")).isEqualTo("𐐨");
  }

  @Test
  void utf8_encoding_replaces_lone_surrogates_like_dotnet() {
    assertThat(Utf8.encode("\uDC00x")).containsExactly(0xEF, 0xBF, 0xBD, 'x');
    assertThat(Utf8.decode(new byte[] {(byte) 0xE5, 0x29})).isEqualTo("\uFFFD)");
  }
}
