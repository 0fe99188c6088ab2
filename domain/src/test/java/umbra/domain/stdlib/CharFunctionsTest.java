package umbra.domain.stdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static umbra.domain.stdlib.TextModules.c;
import static umbra.domain.stdlib.TextModules.call;
import static umbra.domain.stdlib.TextModules.errorOf;
import static umbra.domain.stdlib.TextModules.i;

import org.junit.jupiter.api.Test;
import umbra.domain.value.Dval;

class CharFunctionsTest {

  @Test
  void case_mapping_covers_the_whole_cluster() {
    assertThat(call("Char::toUppercase_v1", c("á"))).isEqualTo(c("Á"));
    assertThat(call("Char::toUppercase_v1", c("ჾ"))).isEqualTo(c("Ჾ"));
    assertThat(call("Char::toLowercase_v1", c("Ł"))).isEqualTo(c("ł"));
    assertThat(call("Char::toLowercase_v1", c("✋🏿"))).isEqualTo(c("✋🏿"));
    assertThat(call("Char::toUppercase_v1", c("3"))).isEqualTo(c("3"));
  }

  @Test
  void caseless_characters_are_neither_upper_nor_lower() {
    assertThat(call("Char::isLowercase_v0", c("ż"))).isEqualTo(Dval.TRUE);
    assertThat(call("Char::isLowercase_v0", c("Ż"))).isEqualTo(Dval.FALSE);
    assertThat(call("Char::isLowercase_v0", c("3"))).isEqualTo(Dval.FALSE);
    assertThat(call("Char::isUppercase_v0", c("Ó"))).isEqualTo(Dval.TRUE);
    assertThat(call("Char::isUppercase_v0", c("😂"))).isEqualTo(Dval.FALSE);
    assertThat(call("Char::isUppercase_v0", c("ჾ"))).isEqualTo(Dval.FALSE);
  }

  @Test
  void classification_needs_a_single_code_unit() {
    assertThat(call("Char::isDigit_v0", c("7"))).isEqualTo(Dval.TRUE);
    assertThat(call("Char::isDigit_v0", c("٣"))).isEqualTo(Dval.TRUE);
    assertThat(call("Char::isDigit_v0", c("\t"))).isEqualTo(Dval.FALSE);
    assertThat(call("Char::isDigit_v0", c("7\u20E3"))).isEqualTo(Dval.FALSE);
    assertThat(call("Char::isASCIILetter_v0", c("A"))).isEqualTo(Dval.TRUE);
    assertThat(call("Char::isASCIILetter_v0", c("á"))).isEqualTo(Dval.FALSE);
    assertThat(call("Char::isASCIILetter_v0", c(","))).isEqualTo(Dval.FALSE);
    assertThat(call("Char::isASCII_v0", c(" "))).isEqualTo(Dval.TRUE);
    assertThat(call("Char::isASCII_v0", c("ż"))).isEqualTo(Dval.FALSE);
  }

  @Test
  void the_old_character_functions_are_removed() {
    assertThat(errorOf(call("Char::toASCIIChar_v0", i(1)))).isEqualTo("Char::toASCIIChar was removed from Dark");
    assertThat(errorOf(call("Char::toASCIICode_v0", c("a")))).isEqualTo("Char::toASCIICode was removed from Dark");
    assertThat(errorOf(call("Char::toLowercase_v0", c("A")))).isEqualTo("Char::toLowercase was removed from Dark");
    assertThat(errorOf(call("Char::toUppercase_v0", c("a")))).isEqualTo("Char::toUppercase was removed from Dark");
    assertThat(TextModules.REGISTRY.get(Registry.parseName("Char::toUppercase_v0")).isDeprecated()).isTrue();
  }
}
