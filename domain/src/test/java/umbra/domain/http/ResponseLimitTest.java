package umbra.domain.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import umbra.domain.stdlib.json.JsonWriter;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.domain.value.Repr;
import umbra.testing.Gen;
import umbra.testing.Property;

/** The response size limit: refuses before encoding what is surely too large, and never what fits. */
class ResponseLimitTest {
  private static final ResponseLimit ONE_MIB = new ResponseLimit(1024 * 1024);

  @Test
  void aValueSurelyOverTheLimitIsRefusedWithoutEncodingIt() {
    assertThat(ONE_MIB.surelyExceededBy(new DStr("x".repeat(2 * 1024 * 1024)))).isTrue();
    assertThat(ONE_MIB.surelyExceededBy(new DList(Collections.nCopies(1_100_000, new DInt(1))))).isTrue();
    assertThat(ONE_MIB.surelyExceededBy(new DResponse(200, List.of(), new DBytes(new byte[1024 * 1024 + 1])))).isTrue();
    assertThat(ONE_MIB.surelyExceededBy(new DResponse(200, List.of(), new DBytes(new byte[1024 * 1024])))).isFalse();
    assertThat(ONE_MIB.surelyExceededBy(Dval.DObj.of(Map.of("name", new DStr("umbra"), "n", new DInt(5))))).isFalse();
  }

  @Test
  void deepNestingCountsTheIndentationThatMakesItsTextQuadratic() {
    Dval deep = new DStr("x");
    for (int i = 0; i < 2000; i++) deep = new DList(List.of(deep));
    // about 2 x 2000^2 / 2 bytes of indentation, although the value holds only 2,001 parts
    assertThat(JsonWriter.prettyMachine(deep).length()).isGreaterThan(4_000_000);
    assertThat(ONE_MIB.surelyExceededBy(deep)).isTrue();
  }

  @Test
  void aWideListDeepInsideCountsTheIndentationJsonGivesEachElement() {
    Dval wide = new DList(Collections.nCopies(20_000, new DStr("a")));
    for (int i = 0; i < 30; i++) wide = new DList(List.of(wide));
    // each "a" on a line of its own, 62 spaces in: over 1.3 MB printed, from 20,000 references to one string
    assertThat(utf8(JsonWriter.prettyMachine(wide))).isGreaterThan(1_300_000);
    assertThat(ONE_MIB.surelyExceededBy(wide)).isTrue();
  }

  @Test
  void aValueSharingItsPartsIsCountedOnlyUntilItPassesTheLimit() {
    // 2^64 leaves if printed: the walk must stop long before, or this test never ends
    Dval doubled = new DStr("abc");
    for (int i = 0; i < 64; i++) doubled = new DList(List.of(doubled, doubled));
    assertThat(ONE_MIB.surelyExceededBy(doubled)).isTrue();
    assertThat(ONE_MIB.surelyExceededBy(new DJust(new DOk(doubled)))).isTrue();
  }

  @Test
  void errorsAndRedirectsHaveFixedBodiesAndAreNeverRefused() {
    var tiny = new ResponseLimit(1);
    assertThat(tiny.surelyExceededBy(new DError("x".repeat(100)))).isFalse();
    assertThat(tiny.surelyExceededBy(new DRedirect("/" + "x".repeat(100)))).isFalse();
    assertThat(tiny.surelyExceededBy(new DErrorRail(new DStr("x".repeat(100))))).isFalse();
    assertThat(tiny.surelyExceededBy(new DStr("xy"))).isTrue();
    assertThat(tiny.message()).isEqualTo("the response body is larger than the limit of 1 bytes");
    assertThatThrownBy(() -> new ResponseLimit(0)).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * The contract that matters to users: a body that fits is never refused. For random results
   * (every kind of value, Unicode, escapes, lone surrogates, invalid UTF-8, nesting, text and JSON
   * content types), a limit of exactly the body's size lets it through, and the count for each of
   * the two forms a value can be printed in is at most what that form prints.
   */
  @Test
  void theCountNeverExceedsTheBodyActuallyEncoded() {
    Property.forAll(20261207L, 2000, r -> result(r, 4), result -> {
      HttpResponse response = LegacyResponse.withoutCors(result);
      var exact = new ResponseLimit(Math.max(1, response.body().length));
      assertThat(exact.surelyExceededBy(result)).as(Repr.toRepr(result)).isFalse();
      assertThat(exact.exceededBy(response)).isFalse();
    });
    Property.forAll(20261208L, 4000, r -> value(r, 5), v -> {
      assertThat(EncodedSize.atLeast(v, EncodedSize.Form.JSON, Long.MAX_VALUE)).as(Repr.toRepr(v))
          .isLessThanOrEqualTo(utf8(JsonWriter.prettyMachine(v)));
      assertThat(EncodedSize.atLeast(v, EncodedSize.Form.TEXT, Long.MAX_VALUE)).as(Repr.toRepr(v))
          .isLessThanOrEqualTo(utf8(Repr.toEnduser(v)));
    });
  }

  private static long utf8(String s) { return s.getBytes(StandardCharsets.UTF_8).length; }

  /** A handler's result: a value, or a response with it as the body and a text, HTML, JSON or no content type. */
  private static Dval result(Random r, int depth) {
    if (r.nextInt(3) > 0) return value(r, depth);
    List<Dval.Header> headers = switch (r.nextInt(4)) {
      case 0 -> List.of(new Dval.Header("Content-Type", "text/plain"));
      case 1 -> List.of(new Dval.Header("Content-Type", "text/html"));
      case 2 -> List.of(new Dval.Header("Content-Type", "application/json"));
      default -> List.of();
    };
    return new DResponse(200, headers, value(r, depth));
  }

  private static Dval value(Random r, int depth) {
    int kind = r.nextInt(depth > 0 ? 12 : 6);
    return switch (kind) {
      case 0 -> new DStr(text(r));
      case 1 -> new DBytes(bytes(r));
      case 2 -> Gen.oneOf(r, new DInt(r.nextInt()), new DFloat(r.nextDouble() * 1e6), Dval.TRUE, Dval.NULL,
          Dval.NOTHING, new DChar(Character.toString(Gen.codePoint(r))));
      case 3 -> Gen.oneOf(r, new DUuid(new UUID(r.nextLong(), r.nextLong())), new DDate(LocalDateTime.of(2020, 1, 2, 3, 4)),
          new DDB("Users"), new DError("boom"), Dval.INCOMPLETE, new DPassword(new byte[] {1}));
      case 4 -> new DStr("");
      case 5 -> new DRedirect("/r");
      case 6, 7 -> new DList(Gen.list(r, 0, 4, x -> value(x, depth - 1)));
      case 8 -> {
        var fields = new TreeMap<String, Dval>();
        for (int i = r.nextInt(4); i > 0; i--) fields.put(text(r), value(r, depth - 1));
        yield new DObj(fields);
      }
      case 9 -> new DTuple(value(r, depth - 1), value(r, depth - 1), Gen.list(r, 0, 2, x -> value(x, depth - 1)));
      case 10 -> Gen.oneOf(r, new DJust(value(r, depth - 1)), new DOk(value(r, depth - 1)), new DErr(value(r, depth - 1)),
          new DErrorRail(value(r, depth - 1)));
      default -> new DResponse(201, List.of(), value(r, depth - 1));
    };
  }

  /** Mostly Unicode text, sometimes with quotes, backslashes, control characters or a lone surrogate. */
  private static String text(Random r) {
    var sb = new StringBuilder(Gen.string(r, 8));
    if (r.nextInt(4) == 0) sb.append(Gen.oneOf(r, "\"", "\\", "\n", "\u0001", "<&>", "\ud800", "\udfff"));
    return sb.toString();
  }

  /** Random bytes, often not UTF-8. */
  private static byte[] bytes(Random r) {
    byte[] b = new byte[r.nextInt(8)];
    r.nextBytes(b);
    return b;
  }
}
