package umbra.domain.stdlib.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import umbra.testing.Gen;
import umbra.testing.Property;

/**
 * Fuzzing in the normal run (issue 13): JSON with random edits, or noise, read by
 * {@link JsonReader} and by the {@code Json.parse} conversions, always ends in a documented
 * result (a tree, a syntax error, not UTF-16; Ok or Invalid), never an exception, each within a
 * time bound. A fixed seed; {@code bench/fuzz} runs many more cases.
 */
class JsonReaderFuzzTest {
  private static final Duration PER_CASE = Duration.ofSeconds(2);

  static final List<String> SAMPLES = List.of(
      "{\"a\": 1, \"b\": [true, false, null], \"c\": {\"d\": \"e\\u00e9\\n\"}}",
      "[1, -2.5e10, 0.0001, 9223372036854775808, \"x\", [], {}]",
      "{\"type\": \"option\", \"value\": {\"constructor\": \"Just\", \"values\": [1]}}",
      "/* comment */ {\"key\" : \"value\" // trailing\n}",
      "\"just a string with \\\"escapes\\\" and \\ud83d\\ude00\"",
      "[[[[[[[[[[1]]]]]]]]]]",
      "12345678901234567890123",
      "{\"type\": \"date\", \"value\": \"2020-01-01T00:00:00Z\"}");

  @Test
  void mutatedJsonGetsADocumentedAnswerInTime() {
    Property.forAll(20260513L, 800, JsonReaderFuzzTest::text, text -> {
      var read = assertTimeoutPreemptively(PER_CASE, () -> JsonReader.read(text));
      assertThat(read).isNotNull();
      var v1 = assertTimeoutPreemptively(PER_CASE, () -> JsonToDval.unknownJsonV1(text));
      assertThat(v1).isInstanceOfAny(JsonToDval.Ok.class, JsonToDval.Invalid.class);
      assertThat(assertTimeoutPreemptively(PER_CASE, () -> JsonToDval.unknownJsonV0(text))).isNotNull();
    });
  }

  static String text(Random r) {
    return r.nextInt(8) == 0 ? Gen.string(r, 40) : Gen.mutate(r, Gen.oneOf(r, SAMPLES));
  }
}
