package umbra.domain.stdlib.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.testing.Property;

/** Properties: plain values survive machine JSON and back; the reader answers every input. */
class JsonRoundTripTest {

  private static String text(Random r) {
    var sb = new StringBuilder();
    int n = r.nextInt(6);
    for (int i = 0; i < n; i++) {
      int kind = r.nextInt(4);
      if (kind == 0) sb.append((char) (' ' + r.nextInt(95)));
      else if (kind == 1) sb.append((char) r.nextInt(0x20));
      else if (kind == 2) sb.append("é\"\\\u2028\u00a0");
      else sb.appendCodePoint(0x1F600 + r.nextInt(50));
    }
    return sb.toString();
  }

  private static Dval plain(Random r, int depth) {
    int kind = r.nextInt(depth > 3 ? 5 : 7);
    return switch (kind) {
      case 0 -> new DInt(r.nextLong());
      case 1 -> {
        double d = Double.longBitsToDouble(r.nextLong());
        yield new DFloat(Double.isFinite(d) ? d : r.nextInt(1000) / 8.0);
      }
      case 2 -> DBool.of(r.nextBoolean());
      case 3 -> Dval.NULL;
      case 4 -> new DStr(text(r));
      case 5 -> {
        var items = new ArrayList<Dval>();
        for (int i = r.nextInt(4); i > 0; i--) items.add(plain(r, depth + 1));
        yield new DList(items);
      }
      default -> {
        var fields = new TreeMap<String, Dval>();
        for (int i = r.nextInt(4); i > 0; i--) fields.put(text(r), plain(r, depth + 1));
        yield new DObj(fields);
      }
    };
  }

  @Test
  void plainValuesReadBackFromMachineJson() {
    Property.forAll(r -> plain(r, 0), v -> {
      var back = JsonToDval.unknownJsonV1(JsonWriter.prettyMachine(v));
      assertThat(back).isEqualTo(new JsonToDval.Ok(v));
    });
  }

  @Test
  void theReaderAnswersAnyTextWithAValueOrAMessage() {
    String alphabet = "{}[]\",:0123456789.-+eE tfnrulasx\\/*\n\r\tu\u00e9";
    Property.forAll(2000, r -> {
      var sb = new StringBuilder();
      for (int i = r.nextInt(25); i > 0; i--) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      return sb.toString();
    }, json -> {
      var result = JsonToDval.unknownJsonV1(json);
      if (result instanceof JsonToDval.Invalid bad) assertThat(bad.message()).isNotBlank();
      assertThat(JsonToDval.unknownJsonV0(json).isPresent()).isEqualTo(result instanceof JsonToDval.Ok);
    });
  }
}
