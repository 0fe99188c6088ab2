package umbra.handler.traces;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.testing.Gen;
import umbra.testing.Property;

/** backend.md 3.3: trace values survive storage, in Dark's shapes. */
class TraceValueJsonTest {
  @Test
  void darksShapes() {
    assertThat(TraceValueJson.write(new DTuple(new DInt(1), new DStr("a"), List.of(Dval.NULL))))
        .isEqualTo("{\"type\":\"tuple\",\"first\":1,\"second\":\"a\",\"theRest\":[null]}");
    assertThat(TraceValueJson.write(new DOk(new DFloat(Double.NaN))))
        .isEqualTo("{\"type\":\"result\",\"constructor\":\"Ok\",\"values\":[NaN]}");
    assertThat(TraceValueJson.write(new DDate(LocalDateTime.parse("2022-07-04T17:46:57"))))
        .isEqualTo("{\"type\":\"date\",\"value\":\"2022-07-04T17:46:57Z\"}");
    assertThat(TraceValueJson.write(new DResponse(200, List.of(new Dval.Header("a", "b")), new DInt(1))))
        .isEqualTo("{\"type\":\"response\",\"value\":[[\"Response\",200,[[\"a\",\"b\"]]],1]}");
    assertThat(TraceValueJson.read("{\"type\":\"char\",\"value\":\"x\"}")).isEqualTo(new DChar("x"));
    // Dark's format cannot tell Just null from Nothing; neither can its readers
    assertThat(TraceValueJson.read(TraceValueJson.write(new DJust(Dval.NULL)))).isEqualTo(Dval.NOTHING);
  }

  @Test
  void aValueNestedAsDeepAsUserCodeMakesItIsWrittenAndReadWithoutTheJavaStack() throws InterruptedException {
    int depth = 50_000; // objects and arrays nest a level each, tuples two: under the 100,000 a trace keeps
    Dval deep = new DStr("bottom");
    for (int i = 0; i < depth; i++) {
      deep = switch (i % 5) {
        case 0 -> new DList(List.of(deep, new DInt(i)));
        case 1 -> new DJust(deep);
        case 2 -> new DOk(deep);
        case 3 -> new DTuple(new DInt(i), deep, List.of());
        default -> new DObj(new TreeMap<>(Map.of("k", deep)));
      };
    }
    Dval written = deep;
    var read = new Dval[1];
    // a 512 KB stack, like the smallest thread a trace is written or read on: recursion would overflow it
    var small = new Thread(null, () -> read[0] = TraceValueJson.read(TraceValueJson.write(written)), "small", 512 << 10);
    small.start();
    small.join();
    Dval back = read[0];
    // taken apart by a loop: the records' own walks are not what this test is about
    for (int i = depth - 1; i >= 0; i--) {
      back = switch (i % 5) {
        case 0 -> ((DList) back).items().get(0);
        case 1 -> ((DJust) back).value();
        case 2 -> ((DOk) back).value();
        case 3 -> ((DTuple) back).second();
        default -> ((DObj) back).fields().get("k");
      };
    }
    assertThat(back).isEqualTo(new DStr("bottom"));
  }

  private static Dval value(Random r, int depth) {
    int pick = r.nextInt(depth > 2 ? 12 : 20);
    return switch (pick) {
      case 0 -> new DInt(r.nextLong());
      case 1 -> new DFloat(Gen.oneOf(r, 0.5, -0.0, 1e300, Double.POSITIVE_INFINITY, Double.NaN, 5.0));
      case 2 -> DBool.of(r.nextBoolean());
      case 3 -> Dval.NULL;
      case 4 -> new DStr(Gen.string(r, 8));
      case 5 -> new DChar("c");
      case 6 -> Dval.error(Gen.string(r, 5));
      case 7 -> new DUuid(new UUID(r.nextLong(), r.nextLong()));
      case 8 -> new DBytes(Gen.string(r, 6).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      case 9 -> new DDate(LocalDateTime.of(2000 + r.nextInt(50), 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(24), 7, 9));
      case 10 -> Dval.NOTHING;
      case 11 -> new DDB("Users");
      case 12 -> new DList(Gen.list(r, 0, 3, x -> value(x, depth + 1)));
      case 13 -> {
        var m = new TreeMap<String, Dval>();
        for (int i = r.nextInt(3); i > 0; i--) m.put("k" + Gen.string(r, 3), value(r, depth + 1));
        yield new DObj(m);
      }
      case 14 -> new DJust(new DInt(r.nextInt())); // Just null reads back as Nothing (see below)
      case 15 -> new DErr(value(r, depth + 1));
      case 16 -> new DErrorRail(value(r, depth + 1));
      case 17 -> new DTuple(value(r, depth + 1), value(r, depth + 1), Gen.list(r, 0, 2, x -> value(x, depth + 1)));
      case 18 -> new DResponse(r.nextInt(600), List.of(new Dval.Header("h", Gen.string(r, 3))), value(r, depth + 1));
      default -> new DRedirect("/" + Gen.string(r, 4));
    };
  }

  @Test
  void everyStorableValueRoundTrips() {
    Property.forAll(r -> value(r, 0), v -> assertThat(TraceValueJson.read(TraceValueJson.write(v))).isEqualTo(v));
  }

  @Test
  void argumentsRoundTrip() {
    Map<String, Dval> args = Map.of("a", new DInt(1), "b", new DStr("x"));
    assertThat(TraceValueJson.readArguments(TraceValueJson.writeArguments(args))).isEqualTo(args);
  }
}
