package umbra.domain.stdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static umbra.domain.stdlib.TextModules.c;
import static umbra.domain.stdlib.TextModules.call;
import static umbra.domain.stdlib.TextModules.errorOf;
import static umbra.domain.stdlib.TextModules.i;
import static umbra.domain.stdlib.TextModules.s;

import java.util.List;
import org.junit.jupiter.api.Test;
import umbra.domain.value.Dval;

class StringFunctionsTest {
  private static final String FAMILY = "👨‍❤️‍💋‍👨👩‍👩‍👧‍👦🏳️‍⚧️‍️🇵🇷";
  private static final String ZALGO = "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇";

  private static Dval strs(String... xs) {
    return new Dval.DList(java.util.Arrays.stream(xs).<Dval>map(Dval.DStr::new).toList());
  }

  @Test
  void append_v1_normalizes_but_append_v0_keeps_the_bytes() {
    assertThat(call("String::append_v1", s("a"), s("\u0302"))).isEqualTo(s("â"));
    assertThat(call("String::append_v1", s("ᄀ"), s("ᅡᆨ"))).isEqualTo(s("각"));
    assertThat(call("String::append_v0", s("a"), s("\u0302"))).isEqualTo(s("a\u0302"));
    assertThat(call("String::prepend_v0", s("123"), s("456"))).isEqualTo(s("456123"));
  }

  @Test
  void lengths_count_utf8_bytes_in_v0_and_grapheme_clusters_in_v1() {
    assertThat(call("String::length_v0", s("😄"))).isEqualTo(i(4));
    assertThat(call("String::length_v0", s("﷽﷽﷽﷽﷽"))).isEqualTo(i(15));
    assertThat(call("String::length_v1", s("😄"))).isEqualTo(i(1));
    assertThat(call("String::length_v1", s(ZALGO))).isEqualTo(i(5));
    assertThat(call("String::length_v1", s("🧑🏽‍🦰🧑🏼‍💻🧑🏻‍🍼✋✋🏻✋🏿"))).isEqualTo(i(6));
    assertThat(call("String::length_v1", s(FAMILY))).isEqualTo(i(4));
  }

  @Test
  void toList_and_fromList_work_on_clusters() {
    assertThat(call("String::toList_v1", s(FAMILY))).isEqualTo(new Dval.DList(List.of(
        c("👨‍❤️‍💋‍👨"), c("👩‍👩‍👧‍👦"), c("🏳️‍⚧️‍️"), c("🇵🇷"))));
    assertThat(call("String::toList_v1", s(""))).isEqualTo(new Dval.DList(List.of()));
    assertThat(call("String::fromList_v1", new Dval.DList(List.of(c("👱🏾"), c("a"))))).isEqualTo(s("👱🏾a"));
    assertThat(errorOf(call("String::fromList_v1", new Dval.DList(List.of(s("a"))))))
        .isEqualTo("Expected `l` to be a list of Characters, but the list contained `\"a\"`");
    assertThat(call("String::fromChar_v1", c("👩‍👩‍👧‍👦"))).isEqualTo(s("👩‍👩‍👧‍👦"));
  }

  @Test
  void removed_functions_say_so_without_a_version() {
    assertThat(errorOf(call("String::foreach_v0", s("a"), s("b")))).isEqualTo("String::foreach was removed from Dark");
    assertThat(errorOf(call("String::toList_v0", s("")))).isEqualTo("String::toList was removed from Dark");
    assertThat(errorOf(call("String::fromList_v0", new Dval.DList(List.of()))))
        .isEqualTo("String::fromList was removed from Dark");
    assertThat(errorOf(call("String::fromChar_v0", c("a")))).isEqualTo("String::fromChar was removed from Dark");
  }

  @Test
  void searching_is_ordinal() {
    assertThat(call("String::startsWith_v0", s("E"), s("\u0014\u0004"))).isEqualTo(Dval.FALSE);
    assertThat(call("String::startsWith_v0", s(FAMILY), s("👨‍❤️‍💋‍👨👩‍👩‍👧‍👦🏳️"))).isEqualTo(Dval.TRUE);
    assertThat(call("String::endsWith_v0", s("a string"), s(""))).isEqualTo(Dval.TRUE);
    assertThat(call("String::contains_v0", s("🧟‍♀️🧟‍♂️"), s("🧟‍♂️🧟‍♂️"))).isEqualTo(Dval.FALSE);
    assertThat(call("String::isSubstring_v0", s("in"), s("a string"))).isEqualTo(Dval.TRUE);
    assertThat(call("String::isSubstring_v1", s("a string"), s("x"))).isEqualTo(Dval.FALSE);
  }

  @Test
  void replaceAll_with_an_empty_search_surrounds_every_character() {
    assertThat(call("String::replaceAll_v0", s("abcABCcbaCBA"), s("b"), s("x"))).isEqualTo(s("axcABCcxaCBA"));
    assertThat(call("String::replaceAll_v0", s("abc"), s(""), s("x"))).isEqualTo(s("xaxbxcx"));
    assertThat(call("String::replaceAll_v0", s(""), s(""), s("&"))).isEqualTo(s("&"));
    assertThat(call("String::replaceAll_v0", s("﷽﷽﷽﷽"), s("﷽﷽"), s("$"))).isEqualTo(s("$$"));
  }

  @Test
  void split_v0_drops_one_empty_piece_at_each_end() {
    assertThat(call("String::split_v0", s("hello34564world34564sun"), s("34564"))).isEqualTo(strs("hello", "world", "sun"));
    assertThat(call("String::split_v0", s("4444"), s("4"))).isEqualTo(strs("", "", ""));
    assertThat(call("String::split_v0", s("1"), s("1"))).isEqualTo(strs());
    assertThat(call("String::split_v0", s("x666666y"), s("6"))).isEqualTo(strs("x", "", "", "", "", "", "y"));
    assertThat(call("String::split_v0", s("👨‍👩‍👧‍👦"), s("👩"))).isEqualTo(strs("👨‍", "‍👧‍👦"));
    assertThat(call("String::split_v0", s(""), s(""))).isEqualTo(strs());
  }

  @Test
  void split_v1_keeps_empty_pieces_and_respects_clusters() {
    assertThat(call("String::split_v1", s("1"), s("1"))).isEqualTo(strs("", ""));
    assertThat(call("String::split_v1", s(""), s("34564"))).isEqualTo(strs(""));
    assertThat(call("String::split_v1", s("x1y"), s("1"))).isEqualTo(strs("x", "y"));
    assertThat(call("String::split_v1", s("👨‍👩‍👧‍👦"), s("👩"))).isEqualTo(strs("👨‍👩‍👧‍👦"));
    assertThat(call("String::split_v1", s(FAMILY), s(""))).isEqualTo(strs("👨‍❤️‍💋‍👨", "👩‍👩‍👧‍👦", "🏳️‍⚧️‍️", "🇵🇷"));
  }

  @Test
  void join_rejects_non_strings() {
    assertThat(call("String::join_v0", strs("a", "b"), s(", "))).isEqualTo(s("a, b"));
    assertThat(errorOf(call("String::join_v0", new Dval.DList(List.of(s("a"), i(0))), s(""))))
        .isEqualTo("Expected `l` to be a list of Strs, but the list contained `0`");
  }

  @Test
  void slicing_counts_clusters_and_clamps() {
    assertThat(call("String::slice_v0", s("abcd"), i(0), i(-1))).isEqualTo(s("abc"));
    assertThat(call("String::slice_v0", s("abcd"), i(-5), i(-6))).isEqualTo(s(""));
    assertThat(call("String::slice_v0", s("abcd"), i(3), i(2))).isEqualTo(s(""));
    assertThat(call("String::slice_v0", s(ZALGO), i(1), i(3))).isEqualTo(s("ä͖̭̈̇lͮ̒ͫ"));
    assertThat(call("String::slice_v0", s("abc"), i(0), i(4503599627370498L))).isEqualTo(s("abc"));
    assertThat(call("String::first_v0", s("abcd"), i(3000000000000000L))).isEqualTo(s("abcd"));
    assertThat(call("String::first_v0", s("🧟‍♀️🧟‍♂️"), i(1))).isEqualTo(s("🧟‍♀️"));
    assertThat(call("String::last_v0", s("🍊🍍🍏"), i(2))).isEqualTo(s("🍍🍏"));
    assertThat(call("String::last_v0", s("abcd"), i(-1))).isEqualTo(s(""));
    assertThat(call("String::dropFirst_v0", s("abcd"), i(-3))).isEqualTo(s("abcd"));
    assertThat(call("String::dropFirst_v0", s("🍏a🍒b🍍c"), i(2))).isEqualTo(s("🍒b🍍c"));
    assertThat(call("String::dropLast_v0", s(FAMILY), i(2))).isEqualTo(s("👨‍❤️‍💋‍👨👩‍👩‍👧‍👦"));
    assertThat(call("String::dropLast_v0", s("abcd"), i(-3))).isEqualTo(s("abcd"));
    assertThat(call("String::reverse_v0", s("🧟‍♀️🧟‍♂️"))).isEqualTo(s("🧟‍♂️🧟‍♀️"));
  }

  @Test
  void padding_needs_a_single_character() {
    assertThat(call("String::padStart_v0", s("Z̤͔ͧ̑̓ä͖̭̈̇"), s("0"), i(4))).isEqualTo(s("00Z̤͔ͧ̑̓ä͖̭̈̇"));
    assertThat(call("String::padEnd_v0", s("🧟‍♀️🧟‍♂️"), s("0"), i(5))).isEqualTo(s("🧟‍♀️🧟‍♂️000"));
    assertThat(call("String::padStart_v0", s("123"), s("0"), i(-3))).isEqualTo(s("123"));
    assertThat(call("String::padStart_v0", s("鷝"), s("觌഻"), i(0))).isEqualTo(s("鷝"));
    assertThat(errorOf(call("String::padStart_v0", s("123"), s("_-"), i(4))))
        .isEqualTo("Expected the argument `padWith` to be 1 character long, but it was `\"_-\"`");
    assertThat(errorOf(call("String::padEnd_v0", s("123"), s(""), i(10))))
        .isEqualTo("Expected the argument `padWith` to be 1 character long, but it was `\"\"`");
  }

  @Test
  void case_mapping_v0_is_ascii_only_and_v1_is_simple_unicode_mapping() {
    assertThat(call("String::toLowercase_v0", s("SÁNCHEZ"))).isEqualTo(s("sÁnchez"));
    assertThat(call("String::toUppercase_v0", s("sánchez"))).isEqualTo(s("SáNCHEZ"));
    assertThat(call("String::toLowercase_v1", s("SÁNCHEZ"))).isEqualTo(s("sánchez"));
    assertThat(call("String::toLowercase_v1", s("Ჾ"))).isEqualTo(s("ჾ"));
    assertThat(call("String::toUppercase_v1", s("ჾ"))).isEqualTo(s("Ჾ"));
    assertThat(call("String::toUppercase_v1", s("straße"))).isEqualTo(s("STRAßE"));
    assertThat(call("String::toUppercase_v1", s("և"))).isEqualTo(s("և"));
  }

  @Test
  void trimming_uses_dotnet_whitespace() {
    assertThat(call("String::trim_v0", s(" \u2003foo\u2003bar\u2003 "))).isEqualTo(s("foo\u2003bar"));
    assertThat(call("String::trimStart_v0", s("  foo  "))).isEqualTo(s("foo  "));
    assertThat(call("String::trimEnd_v0", s("  foo  "))).isEqualTo(s("  foo"));
    assertThat(call("String::trim_v0", s("\u001Cfoo"))).isEqualTo(s("\u001Cfoo"));
  }

  @Test
  void toInt_accepts_the_old_63_bit_range_only() {
    assertThat(call("String::toInt_v0", s(" +1 "))).isEqualTo(i(1));
    assertThat(call("String::toInt_v0", s("-4611686018427387904"))).isEqualTo(i(-4611686018427387904L));
    assertThat(errorOf(call("String::toInt_v0", s("4611686018427387904"))))
        .isEqualTo("Expected the argument `s` to be numeric, but it was `\"4611686018427387904\"`");
    assertThat(errorOf(call("String::toInt_v0", s("0xA"))))
        .isEqualTo("Expected the argument `s` to be numeric, but it was `\"0xA\"`");
    assertThat(call("String::toInt_v1", s("078"))).isEqualTo(Dval.ok(i(78)));
    assertThat(call("String::toInt_v1", s("- 1"))).isEqualTo(
        Dval.err(s("Expected to parse string with only numbers, instead got \"- 1\"")));
    assertThat(call("String::toInt_v1", s("-4611686018427387905"))).isEqualTo(
        Dval.err(s("Expected to parse string with only numbers, instead got \"-4611686018427387905\"")));
  }

  @Test
  void toFloat_v0_parses_like_dotnet() {
    assertThat(call("String::toFloat_v0", s(".5"))).isEqualTo(new Dval.DFloat(0.5));
    assertThat(call("String::toFloat_v0", s("-9999999999999999999999999998.9")))
        .isEqualTo(new Dval.DFloat(-9999999999999999999999999998.9));
    assertThat(errorOf(call("String::toFloat_v0", s("-141s")))).isEqualTo(
        "Expected the argument `s` to be a string representation of an IEEE float, but it was `\"-141s\"`");
  }

  @Test
  void renamed_versions_run_the_new_functions_under_their_old_names() {
    assertThat(call("String::toFloat_v1", s("1.5"))).isEqualTo(Dval.ok(new Dval.DFloat(1.5)));
    assertThat(call("String::toFloat_v1", s(""))).isEqualTo(Dval.err(s("Expected a string representation of an IEEE float")));
    assertThat(call("String::toUUID_v1", s("123456")))
        .isEqualTo(Dval.err(s("`uuid` parameter was not of form XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX")));
    assertThat(errorOf(call("String::toFloat_v1", TextModules.i(1))))
        .isEqualTo("String::toFloat_v1 was called with a Int (1), but `s` expected a Str.");
    assertThat(TextModules.REGISTRY.get(Registry.parseName("String::toFloat_v1")).deprecation())
        .isEqualTo("RenamedTo Float::parse");
  }

  @Test
  void toUUID_v0_accepts_dotnet_guid_formats() {
    var expected = new Dval.DUuid(java.util.UUID.fromString("3700adbc-7a46-4ff4-81d3-45afb03f6e2d"));
    assertThat(call("String::toUUID_v0", s("3700adbc-7a46-4ff4-81d3-45afb03f6e2d"))).isEqualTo(expected);
    assertThat(call("String::toUUID_v0", s("{3700ADBC-7A46-4FF4-81D3-45AFB03F6E2D}"))).isEqualTo(expected);
    assertThat(call("String::toUUID_v0", s("3700adbc7a464ff481d345afb03f6e2d"))).isEqualTo(expected);
    assertThat(errorOf(call("String::toUUID_v0", s("d388ff30-667f-11eb-ae93"))))
        .isEqualTo("`uuid` parameter was not of form XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX");
  }

  @Test
  void base64_decodes_both_alphabets_and_encodes_url_safe() {
    assertThat(call("String::base64Decode_v0", s("Zm9vYmE"))).isEqualTo(s("fooba"));
    assertThat(call("String::base64Decode_v0", s("ZE=="))).isEqualTo(s("d"));
    assertThat(call("String::base64Decode_v0", s("5Sk"))).isEqualTo(s("\uFFFD)"));
    assertThat(call("String::base64Decode_v0", s(""))).isEqualTo(s(""));
    assertThat(errorOf(call("String::base64Decode_v0", s("random string")))).isEqualTo("Not a valid base64 string");
    assertThat(errorOf(call("String::base64Decode_v0", s("illegal chars&@:")))).isEqualTo("Not a valid base64 string");
    assertThat(call("String::base64Encode_v0", s("👱👱🏻👱🏼👱🏽👱🏾👱🏿")))
        .isEqualTo(s("8J-RsfCfkbHwn4-78J-RsfCfj7zwn5Gx8J-PvfCfkbHwn4--8J-RsfCfj78"));
  }

  @Test
  void digests_are_url_safe_base64_with_padding() {
    assertThat(call("String::sha256_v0", s(""))).isEqualTo(s("47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU="));
    assertThat(call("String::sha384_v0", s("😄")))
        .isEqualTo(s("Z2Y7YuyYHR9miKrg6mLtxSTaHRpGZuaenmGQl3QFY58pwhPCK2bIYxJQ728ChJwA"));
    assertThat(call("String::digest_v0", s("ελπίδα")))
        .isEqualTo(s("j4uJEeBe6g8QrzbuxoI2roUgapGQiExE8CWEQqZao61eZVN1iSZ8cV39IM1nGqsa"));
  }

  @Test
  void htmlEscape_escapes_the_five_characters_and_stays_impure() {
    assertThat(call("String::htmlEscape_v0", s("<a href='x'>\"&\"</a>")))
        .isEqualTo(s("&lt;a href=&#x27;x&#x27;&gt;&quot;&amp;&quot;&lt;/a&gt;"));
    assertThat(TextModules.REGISTRY.get(Registry.parseName("String::htmlEscape_v0")).purity())
        .isEqualTo(Builtin.Purity.IMPURE);
  }

  @Test
  void toBytes_is_utf8_with_replacement_for_lone_surrogates() {
    assertThat(call("String::toBytes_v0", s("Ⱥ"))).isEqualTo(new Dval.DBytes(new byte[] {(byte) 0xC8, (byte) 0xBA}));
    assertThat(call("String::length_v0", s("a\uD800"))).isEqualTo(i(4));
  }

  @Test
  void newline_and_isEmpty() {
    assertThat(call("String::newline_v0")).isEqualTo(s("\n"));
    assertThat(call("String::isEmpty_v0", s(""))).isEqualTo(Dval.TRUE);
    assertThat(call("String::isEmpty_v0", s("﷽"))).isEqualTo(Dval.FALSE);
  }

  @Test
  void wrong_argument_kinds_get_the_standard_message() {
    assertThat(errorOf(call("String::length_v1", i(1))))
        .isEqualTo("String::length_v1 was called with a Int (1), but `s` expected a Str.");
  }
}
