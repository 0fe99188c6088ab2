package umbra.domain.stdlib.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;

/** The two JSON renderings, checked against the texts dict.tests and object.tests expect. */
class JsonWriterTest {

  private static DObj obj(Object... kv) {
    var m = new TreeMap<String, Dval>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], (Dval) kv[i + 1]);
    return new DObj(m);
  }

  @Test
  void machineJsonIndentsObjectsAndStrings() {
    assertThat(JsonWriter.prettyMachine(obj("key1", new DStr("val1"), "key2", new DStr("val2"))))
        .isEqualTo("{\n  \"key1\": \"val1\",\n  \"key2\": \"val2\"\n}");
    assertThat(JsonWriter.prettyMachine(obj("v", new DInt(4611686018427387904L)))).isEqualTo("{\n  \"v\": 4611686018427387904\n}");
    assertThat(JsonWriter.prettyMachine(obj("key1", new DError("test")))).isEqualTo("{\n  \"key1\": {\n    \"Error\": null\n  }\n}");
    assertThat(JsonWriter.prettyMachine(new DObj(new TreeMap<>()))).isEqualTo("{}");
    assertThat(JsonWriter.prettyMachine(new DList(List.of()))).isEqualTo("[]");
  }

  @Test
  void machineJsonWritesNumbersWithoutLineBreaks() {
    var tuple = new DTuple(new DInt(1), new DInt(2), List.of(new DInt(3)));
    assertThat(JsonWriter.prettyMachine(obj("key1", tuple))).isEqualTo("{\n  \"key1\": [1,2,3\n  ]\n}");
    assertThat(JsonWriter.prettyMachine(new DList(List.of(new DStr("a"), new DInt(1), new DStr("b")))))
        .isEqualTo("[\n  \"a\",1,\n  \"b\"\n]");
  }

  @Test
  void machineJsonFloats() {
    assertThat(JsonWriter.prettyMachine(new DFloat(5.0))).isEqualTo("5.0");
    assertThat(JsonWriter.prettyMachine(new DFloat(-0.0))).isEqualTo("-0.0");
    assertThat(JsonWriter.prettyMachine(new DFloat(0.1))).isEqualTo("0.1");
    assertThat(JsonWriter.prettyMachine(new DFloat(1e-5))).isEqualTo("1e-05");
    assertThat(JsonWriter.prettyMachine(new DFloat(1e16))).isEqualTo("1e+16");
    assertThat(JsonWriter.prettyMachine(new DFloat(123456789012345.0))).isEqualTo("123456789012345.0");
    assertThat(JsonWriter.prettyMachine(new DFloat(2.0 / 3.0))).isEqualTo("0.6666666666666666");
    assertThat(JsonWriter.prettyMachine(obj("key1", new DFloat(Double.POSITIVE_INFINITY)))).isEqualTo("{\n  \"key1\": \"Infinity\"\n}");
    assertThat(JsonWriter.prettyMachine(obj("key1", new DFloat(Double.NaN)))).isEqualTo("{\n  \"key1\": \"NaN\"\n}");
    assertThat(JsonWriter.prettyMachine(new DFloat(Double.MIN_VALUE))).isEqualTo("5e-324");
  }

  @Test
  void machineJsonUnwrapsOptionsAndResultsAndStringifiesTheRest() {
    assertThat(JsonWriter.prettyMachine(new DJust(new DInt(5)))).isEqualTo("5");
    assertThat(JsonWriter.prettyMachine(Dval.NOTHING)).isEqualTo("null");
    assertThat(JsonWriter.prettyMachine(new DErr(new DStr("x")))).isEqualTo("{\n  \"Error\": \"x\"\n}");
    assertThat(JsonWriter.prettyMachine(new DStr("hello world"))).isEqualTo("\"hello world\"");
    assertThat(JsonWriter.prettyMachine(new DDate(LocalDateTime.of(2019, 7, 28, 22, 42, 36)))).isEqualTo("\"2019-07-28T22:42:36Z\"");
    assertThat(JsonWriter.prettyMachine(new DPassword(new byte[] {1}))).isEqualTo("{\n  \"Error\": \"Password is redacted\"\n}");
    assertThat(JsonWriter.prettyMachine(new DBytes(new byte[] {1, 2, 3}))).isEqualTo("\"AQID\"");
  }

  @Test
  void machineJsonEscapingIsRelaxedButEscapesEmojiAndOddSpaces() {
    assertThat(JsonWriter.prettyMachine(new DStr("<a href='x'>&é</a>"))).isEqualTo("\"<a href='x'>&é</a>\"");
    assertThat(JsonWriter.prettyMachine(new DStr("q\"b\\n\n\u0001"))).isEqualTo("\"q\\\"b\\\\n\\n\\u0001\"");
    assertThat(JsonWriter.prettyMachine(new DStr("😀\u00a0"))).isEqualTo("\"\\uD83D\\uDE00\\u00A0\"");
    assertThat(JsonWriter.prettyMachine(new DStr("a\ud800b"))).isEqualTo("\"a\ufffdb\"");
  }

  @Test
  void responseJsonV0PutsEveryElementOnItsOwnLine() {
    assertThat(JsonWriter.prettyResponseV0(obj("key1", new DStr("val1"), "key2", new DStr("val2"))))
        .isEqualTo("{\n  \"key1\": \"val1\",\n  \"key2\": \"val2\"\n}");
    assertThat(JsonWriter.prettyResponseV0(obj("key1", new DFloat(Double.NEGATIVE_INFINITY)))).isEqualTo("{\n  \"key1\": -Infinity\n}");
    assertThat(JsonWriter.prettyResponseV0(new DList(List.of(new DInt(1), new DFloat(2.0))))).isEqualTo("[\n  1,\n  2.0\n]");
    assertThat(JsonWriter.prettyResponseV0(new DFloat(1e16))).isEqualTo("1E+16");
  }

  @Test
  void responseJsonV0TypesWhatJsonLacks() {
    assertThat(JsonWriter.prettyResponseV0(new DJust(new DChar("a"))))
        .isEqualTo("{\n  \"type\": \"option\",\n  \"value\": {\n    \"type\": \"character\",\n    \"value\": \"a\"\n  }\n}");
    assertThat(JsonWriter.prettyResponseV0(new DOk(new DInt(1))))
        .isEqualTo("{\n  \"type\": \"result\",\n  \"constructor\": \"Ok\",\n  \"values\": [\n    1\n  ]\n}");
    assertThat(JsonWriter.prettyResponseV0(new DResponse(200, List.of(new Header("a", "b")), Dval.NULL)))
        .isEqualTo("{\n  \"type\": \"response\",\n  \"value\": [\n    [\n      \"Response\",\n      200,\n      [\n"
            + "        [\n          \"a\",\n          \"b\"\n        ]\n      ]\n    ],\n    null\n  ]\n}");
  }

  @Test
  void deepValuesNeedNoJavaStack() {
    Dval v = new DInt(1);
    for (int i = 0; i < 1_000_000; i++) v = new DJust(v);
    assertThat(JsonWriter.prettyMachine(v)).isEqualTo("1");
  }
}
