package umbra.domain.stdlib;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.UUID;
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
  void int64_parsing_follows_number_styles_integer() {
    assertThat(DotnetNumbers.parseInt64("\t-00001\n")).isEqualTo(OptionalLong.of(-1));
    assertThat(DotnetNumbers.parseInt64("12\0\0")).isEqualTo(OptionalLong.of(12));
    assertThat(DotnetNumbers.parseInt64("-9223372036854775808")).isEqualTo(OptionalLong.of(Long.MIN_VALUE));
    assertThat(DotnetNumbers.parseInt64("9223372036854775808")).isEmpty();
    assertThat(DotnetNumbers.parseInt64("1 2")).isEmpty();
    assertThat(DotnetNumbers.parseInt64("\u00A01")).isEmpty();
    assertThat(DotnetNumbers.parseInt64("")).isEmpty();
  }

  @Test
  void double_parsing_follows_number_styles_float() {
    assertThat(DotnetNumbers.parseDouble(" 1.23E+04 ")).isEqualTo(OptionalDouble.of(12300.0));
    assertThat(DotnetNumbers.parseDouble("5.")).isEqualTo(OptionalDouble.of(5.0));
    assertThat(DotnetNumbers.parseDouble("-infinity")).isEqualTo(OptionalDouble.of(Double.NEGATIVE_INFINITY));
    assertThat(DotnetNumbers.parseDouble("1e400")).isEqualTo(OptionalDouble.of(Double.POSITIVE_INFINITY));
    assertThat(DotnetNumbers.parseDouble("1,000")).isEmpty();
    assertThat(DotnetNumbers.parseDouble("0x10")).isEmpty();
    assertThat(DotnetNumbers.parseDouble("1.5d")).isEmpty();
    assertThat(DotnetNumbers.parseDouble(".")).isEmpty();
  }

  @Test
  void guids_parse_in_every_dotnet_format() {
    UUID id = UUID.fromString("11111111-2222-3333-4444-555555555555");
    assertThat(DotnetGuid.parse(" 11111111-2222-3333-4444-555555555555 ")).contains(id);
    assertThat(DotnetGuid.parse("(11111111-2222-3333-4444-555555555555)")).contains(id);
    assertThat(DotnetGuid.parse("11111111222233334444555555555555")).contains(id);
    assertThat(DotnetGuid.parse("{0x11111111,0x2222,0x3333,{0x44,0x44,0x55,0x55,0x55,0x55,0x55,0x55}}")).contains(id);
    assertThat(DotnetGuid.parse("0x111111-2222-3333-4444-555555555555"))
        .contains(UUID.fromString("00111111-2222-3333-4444-555555555555"));
    assertThat(DotnetGuid.parse("1111111🍇-2222-3333-4444-555555555555")).isEmpty();
    assertThat(DotnetGuid.parse("11111111-2222-3333-4444-55555555555")).isEmpty();
    assertThat(DotnetGuid.parse("{11111111-2222-3333-4444-555555555555")).isEmpty();
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
