package umbra.domain.stdlib.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;

/** JSON::parse's reader: .NET's messages and positions (json.tests) and Dark's number rules. */
class JsonToDvalTest {

  private static String error(String json) {
    var r = JsonToDval.unknownJsonV1(json);
    assertThat(r).isInstanceOf(JsonToDval.Invalid.class);
    return ((JsonToDval.Invalid) r).message();
  }

  private static Dval ok(String json) {
    var r = JsonToDval.unknownJsonV1(json);
    assertThat(r).isInstanceOf(JsonToDval.Ok.class);
    return ((JsonToDval.Ok) r).value();
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
      "{Id : 1.0} => 'I' is an invalid start of a property name. Expected a '\"'. LineNumber: 0 | BytePositionInLine: 1.",
      "{\"Id\" : 1.} => '}' is invalid within a number, immediately after a decimal point ('.'). Expected a digit ('0'-'9'). LineNumber: 0 | BytePositionInLine: 10.",
      "'' => ''' is an invalid start of a value. LineNumber: 0 | BytePositionInLine: 0.",
      "[97, 2, 30, 4,] => The JSON array contains a trailing comma at the end, at on line 0, position 14",
      "{3: false} => '3' is an invalid start of a property name. Expected a '\"'. LineNumber: 0 | BytePositionInLine: 1.",
      "{\"Id\" : Infinity } => 'I' is an invalid start of a value. LineNumber: 0 | BytePositionInLine: 8.",
      "{\"Id\" : -Infinity } => 'I' is invalid within a number, immediately after a sign character ('+' or '-'). Expected a digit ('0'-'9'). LineNumber: 0 | BytePositionInLine: 9.",
      "{\"Id\" : NaN } => 'N' is an invalid start of a value. LineNumber: 0 | BytePositionInLine: 8.",
      "{\"id\" : 555, edition : \"First\", author : \"Dennis Ritchie\"} => 'e' is an invalid start of a property name. Expected a '\"'. LineNumber: 0 | BytePositionInLine: 13.",
      "({\"id\" : 555}) => '(' is an invalid start of a value. LineNumber: 0 | BytePositionInLine: 0.",
      "[ {\"date\" : \"2013-11-05\", locations : {Japan: 3}} ] => 'l' is an invalid start of a property name. Expected a '\"'. LineNumber: 0 | BytePositionInLine: 26.",
  })
  void syntaxErrorsCarryDotNetMessagesAndPositions(String json, String message) {
    assertThat(error(json)).isEqualTo(message);
  }

  @Test
  void emptyTextHasItsOwnMessage() {
    assertThat(error("")).isEqualTo("JSON string was empty");
    assertThat(error("  ")).isEqualTo("The input does not contain any JSON tokens. Expected the input to start with"
        + " a valid JSON token, when isFinalBlock is true. LineNumber: 0 | BytePositionInLine: 2.");
  }

  @Test
  void positionsCountUtf8BytesAndLinesCountLineFeeds() {
    assertThat(error("[\"é\", x]")).endsWith("LineNumber: 0 | BytePositionInLine: 7.");
    assertThat(error("[1,\n  2\n  }")).isEqualTo("'}' is invalid without a matching open. LineNumber: 2 | BytePositionInLine: 2.");
    assertThat(error("[1,\n  2,\n  ]")).isEqualTo("The JSON array contains a trailing comma at the end, at on line 2, position 2");
  }

  @Test
  void otherStructuralErrors() {
    assertThat(error("[1 2]")).isEqualTo("'2' is invalid after a value. Expected either ',', '}', or ']'. LineNumber: 0 | BytePositionInLine: 3.");
    assertThat(error("1,0/0,0")).isEqualTo("',' is invalid after a single JSON value. Expected end of data. LineNumber: 0 | BytePositionInLine: 1.");
    assertThat(error("[true")).isEqualTo("Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed. LineNumber: 0 | BytePositionInLine: 5.");
    assertThat(error("[1")).isEqualTo("'1' is an invalid end of a number. Expected a delimiter. LineNumber: 0 | BytePositionInLine: 2.");
    assertThat(error("{\"a\" 1}")).isEqualTo("'1' is invalid after a property name. Expected a ':'. LineNumber: 0 | BytePositionInLine: 5.");
    assertThat(error("{\"a\":1,}")).startsWith("The JSON object contains a trailing comma at the end which is not supported");
    assertThat(error("01")).isEqualTo("Invalid leading zero before '1'. LineNumber: 0 | BytePositionInLine: 1.");
    assertThat(error("\"a\u0001\"")).isEqualTo("'0x01' is invalid within a JSON string. The string should be correctly escaped. LineNumber: 0 | BytePositionInLine: 2.");
    assertThat(error("\"\\x\"")).isEqualTo("'x' is an invalid escapable character within a JSON string. The string should be correctly escaped. LineNumber: 0 | BytePositionInLine: 2.");
    assertThat(error("\"abc")).isEqualTo("Expected end of string, but instead reached end of data. LineNumber: 0 | BytePositionInLine: 4.");
  }

  @Test
  void literalErrorsQuoteTheRestOfTheInput() {
    assertThat(error("[tru3, 1]")).isEqualTo("'tru3, 1]' is an invalid JSON literal. Expected the literal 'true'. LineNumber: 0 | BytePositionInLine: 4.");
    assertThat(error("nul")).isEqualTo("'nul' is an invalid JSON literal. Expected the literal 'null'. LineNumber: 0 | BytePositionInLine: 3.");
  }

  @Test
  void commentsAreSkipped() {
    assertThat(ok("// lead\n[1, /* two */ 2] // end")).isEqualTo(new DList(List.of(new DInt(1), new DInt(2))));
    assertThat(error("[1 /* open")).startsWith("Expected end of comment, but instead reached end of data.");
    assertThat(error("[1, /x]")).isEqualTo("'/' is an invalid start of a value. LineNumber: 0 | BytePositionInLine: 4.");
    assertThat(error("[1,")).isEqualTo("Expected start of a property name or value, but instead reached end of data. LineNumber: 0 | BytePositionInLine: 2.");
  }

  @Test
  void integersThatFitAreIntsEverythingElseIsAFloat() {
    assertThat(ok("[97.8, -2, false, true, -0.0]")).isEqualTo(new DList(List.of(
        new DFloat(97.8), new DInt(-2), Dval.FALSE, Dval.TRUE, new DFloat(-0.0))));
    assertThat(ok("{ \"v\": 4611686018427387904 }")).isEqualTo(DObj.of(Map.of("v", new DInt(4611686018427387904L))));
    assertThat(ok("9223372036854775808")).isEqualTo(new DFloat(9.223372036854775808E18));
    assertThat(ok("1e2")).isEqualTo(new DFloat(100.0));
    assertThat(ok("-0")).isEqualTo(new DInt(0));
    assertThat(error("[1e400]")).isEqualTo("One of the identified items was in an invalid format.");
  }

  @Test
  void stringsAreUnescapedAndDuplicateKeysKeepTheLast() {
    assertThat(ok("\"\"")).isEqualTo(new DStr(""));
    assertThat(ok("\"a\\n\\u00e9\\ud83d\\ude00\\/\"")).isEqualTo(new DStr("a\né😀/"));
    assertThat(ok("{\"a\": 1, \"a\": 2}")).isEqualTo(DObj.of(Map.of("a", new DInt(2))));
    assertThat(error("\"\\ud83d\"")).isEqualTo("Cannot read incomplete UTF-16 JSON text as string with missing low surrogate.");
    assertThat(error("\"\\ude00\"")).isEqualTo("Cannot read invalid UTF-16 JSON text as string. Invalid surrogate value: '0xDE00'.");
  }

  @Test
  void deepNestingNeedsNoJavaStack() {
    String deep = "[".repeat(200_000) + "]".repeat(200_000);
    Dval v = ok(deep);
    for (int i = 0; i < 199_999; i++) v = ((DList) v).items().get(0);
    assertThat(v).isEqualTo(new DList(List.of()));
  }

  @Test
  void legacyReaderDecodesTypedObjectsAndAnswersEmptyForInvalidJson() {
    assertThat(JsonToDval.unknownJsonV0("{id : 555}")).isEmpty();
    assertThat(JsonToDval.unknownJsonV0("")).isEmpty();
    assertThat(JsonToDval.unknownJsonV0("{\"value\": \"2019-07-28T22:42:36Z\", \"type\": \"date\"}"))
        .contains(new DDate(LocalDateTime.of(2019, 7, 28, 22, 42, 36)));
    assertThat(JsonToDval.unknownJsonV0("{\"type\": \"date\", \"value\": \"yesterday\"}")).isEmpty();
    assertThat(JsonToDval.unknownJsonV0("{\"type\": \"option\", \"value\": null}")).contains(Dval.NOTHING);
    assertThat(JsonToDval.unknownJsonV0("{\"type\": \"option\", \"value\": 3}")).contains(new DJust(new DInt(3)));
    assertThat(JsonToDval.unknownJsonV0("{\"type\":\"result\",\"constructor\":\"Error\",\"values\":[\"x\"]}"))
        .contains(new DErr(new DStr("x")));
    assertThat(JsonToDval.unknownJsonV0("{\"type\": \"error\", \"value\": \"boom\"}")).contains(new DError("boom"));
    assertThat(JsonToDval.unknownJsonV0("[1, {\"type\": \"error\", \"value\": \"boom\"}]")).contains(new DError("boom"));
    assertThat(JsonToDval.unknownJsonV0("{\"type\": \"response\", \"value\": [[\"Response\", 200, [[\"a\", \"b\"]]], 5]}"))
        .contains(new DResponse(200, List.of(new Header("a", "b")), new DInt(5)));
    var notTyped = new TreeMap<String, Dval>(Map.of("type", new DStr("date"), "value", new DInt(1)));
    assertThat(JsonToDval.unknownJsonV0("{\"type\": \"date\", \"value\": 1}")).contains(new DObj(notTyped));
  }
}
