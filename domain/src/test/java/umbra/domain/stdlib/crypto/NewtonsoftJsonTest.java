package umbra.domain.stdlib.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;

class NewtonsoftJsonTest {

  @Test
  void readsStandardJson() {
    assertThat(NewtonsoftJson.parse(" {\"a\": [1, -2.5e3, true, false, null, \"s\\u00e9\\n\"], \"b\": {}}"))
        .isEqualTo(DObj.of(Map.of("a", new DList(List.of(new DInt(1), new DFloat(-2500), Dval.TRUE, Dval.FALSE, Dval.NULL,
            Dval.str("sé\n"))), "b", DObj.of(Map.of()))));
  }

  @Test
  void acceptsJsonNetsExtensions() {
    assertThat(NewtonsoftJson.parse("{'a': 'x', b_$: Infinity, c: -Infinity, // note\n d: [1,],}"))
        .isEqualTo(DObj.of(Map.of("a", Dval.str("x"), "b_$", new DFloat(Double.POSITIVE_INFINITY),
            "c", new DFloat(Double.NEGATIVE_INFINITY), "d", new DList(List.of(new DInt(1))))));
    assertThat(NewtonsoftJson.parse("0x1F")).isEqualTo(new DInt(31));
    assertThat(NewtonsoftJson.parse("017")).isEqualTo(new DInt(15));
    assertThat(NewtonsoftJson.parse("0xFFFFFFFFFFFFFFFF")).isEqualTo(new DInt(-1));
    assertThat(NewtonsoftJson.parse("{\"a\":1,\"a\":2}")).isEqualTo(DObj.of(Map.of("a", new DInt(2))));
    assertThat(NewtonsoftJson.parse("[1] trailing text is never read")).isEqualTo(new DList(List.of(new DInt(1))));
    assertThat(NewtonsoftJson.parse("\"\\ud83d\\ude00 \\udc00\"")).isEqualTo(Dval.str("😀 \uFFFD"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "abc|Unexpected character encountered while parsing value: a. Path '', line 0, position 0.",
      "{\"a\":x}|Unexpected character encountered while parsing value: x. Path 'a', line 1, position 5.",
      "[1 2]|After parsing a value an unexpected character was encountered: 2. Path '[0]', line 1, position 3.",
      "{\"a\" 1}|Invalid character after parsing property name. Expected ':' but got: 1. Path 'a', line 1, position 5.",
      "\"abc|Unterminated string. Expected delimiter: \". Path '', line 1, position 4.",
      "{\"a\":1|Unexpected end of content while loading JObject. Path 'a', line 1, position 6.",
      "tru|Error parsing boolean value. Path '', line 0, position 0.",
      "1.2.3|Input string '1.2.3' is not a valid number. Path '', line 1, position 5.",
      "\"\\q\"|Bad JSON escape sequence: \\q. Path '', line 1, position 3.",
  })
  void reportsJsonNetsErrors(String json, String message) {
    assertThatThrownBy(() -> NewtonsoftJson.parse(json)).isInstanceOf(NewtonsoftJson.ReaderError.class).hasMessage(message);
  }

  @Test
  void valuesDarkCouldNotConvertAreCrashes() {
    assertThatThrownBy(() -> NewtonsoftJson.parse("undefined")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> NewtonsoftJson.parse("new Date(1)")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> NewtonsoftJson.parse("99999999999999999999")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void nestingDeeperThan64IsAnError() {
    assertThatThrownBy(() -> NewtonsoftJson.parse("[".repeat(65))).hasMessageStartingWith("The reader's MaxDepth of 64 has been exceeded.");
    assertThat(NewtonsoftJson.parse("[".repeat(64) + "]".repeat(64))).isInstanceOf(DList.class);
  }
}
