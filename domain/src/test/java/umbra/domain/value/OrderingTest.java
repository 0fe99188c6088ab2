package umbra.domain.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import umbra.domain.value.Dval.*;
import umbra.testing.Property;

/** Dark's total order on values (language.md A.7.18). */
class OrderingTest {

  private static int cmp(Dval a, Dval b) { return Integer.signum(Ordering.compare(a, b)); }

  private static DList list(Dval... items) { return new DList(List.of(items)); }

  @Test
  void variantsComeInDeclarationOrderBeforeTheirPayloads() {
    List<Dval> ascending = List.of(new DInt(Long.MAX_VALUE), new DFloat(-1e300), Dval.FALSE, Dval.NULL, new DStr(""),
        new DChar("a"), list(), new DTuple(new DInt(1), new DInt(2), List.of()), new DObj(new TreeMap<>()),
        Dval.error("e"), Dval.INCOMPLETE, new DErrorRail(Dval.NULL), new DRedirect("/"), new DDB("X"),
        new DDate(LocalDateTime.of(2000, 1, 1, 0, 0)), new DPassword(new byte[0]), new DUuid(UUID.randomUUID()),
        Dval.NOTHING, new DOk(Dval.NULL), new DBytes(new byte[0]));
    for (int i = 0; i + 1 < ascending.size(); i++) {
      assertThat(cmp(ascending.get(i), ascending.get(i + 1))).as("%s < %s", ascending.get(i), ascending.get(i + 1)).isEqualTo(-1);
    }
  }

  @Test
  void floatsPutNaNLowestAndTreatZerosAsEqual() {
    assertThat(cmp(new DFloat(Double.NaN), new DFloat(Double.NEGATIVE_INFINITY))).isEqualTo(-1);
    assertThat(cmp(new DFloat(Double.NaN), new DFloat(Double.NaN))).isZero();
    assertThat(cmp(new DFloat(-0.0), new DFloat(0.0))).isZero();
    assertThat(cmp(new DFloat(1.5), new DFloat(2.5))).isEqualTo(-1);
  }

  @Test
  void collectionsCompareLexicographicallyWithShorterPrefixesFirst() {
    assertThat(cmp(list(new DInt(1)), list(new DInt(1), new DInt(0)))).isEqualTo(-1);
    assertThat(cmp(list(new DInt(2)), list(new DInt(1), new DInt(9)))).isEqualTo(1);
    var ab = new DObj(new TreeMap<>(Map.of("a", new DInt(1), "b", new DInt(1))));
    var ac = new DObj(new TreeMap<>(Map.of("a", new DInt(1), "c", new DInt(0))));
    assertThat(cmp(ab, ac)).isEqualTo(-1);
    assertThat(cmp(new DStr("B"), new DStr("a"))).isEqualTo(-1); // ordinal, not alphabetical
  }

  @Test
  void optionsResultsAndBytes() {
    assertThat(cmp(Dval.NOTHING, new DJust(new DInt(-5)))).isEqualTo(-1);
    assertThat(cmp(new DOk(new DInt(9)), new DErr(new DInt(1)))).isEqualTo(-1);
    assertThat(cmp(new DBytes(new byte[] {(byte) 0xff}), new DBytes(new byte[] {0, 0}))).isEqualTo(-1); // length first
    assertThat(cmp(new DBytes(new byte[] {1}), new DBytes(new byte[] {(byte) 0xff}))).isEqualTo(-1); // unsigned
    assertThat(cmp(new DUuid(UUID.fromString("7fffffff-0000-0000-0000-000000000000")),
        new DUuid(UUID.fromString("80000000-0000-0000-0000-000000000000")))).isEqualTo(-1);
  }

  @Test
  void isAntisymmetricAndTransitive() {
    Property.forAll(OrderingTest::threeValues, abc -> {
      Dval a = abc.get(0);
      Dval b = abc.get(1);
      Dval c = abc.get(2);
      assertThat(cmp(a, b)).isEqualTo(-cmp(b, a));
      if (cmp(a, b) <= 0 && cmp(b, c) <= 0) assertThat(cmp(a, c)).isLessThanOrEqualTo(0);
    });
  }

  private static List<Dval> threeValues(Random random) {
    return List.of(value(random, 3), value(random, 3), value(random, 3));
  }

  /** Small values chosen to collide often: NaN, both zeros, prefixes, nested lists and options. */
  private static Dval value(Random random, int depth) {
    int kind = random.nextInt(depth > 0 ? 6 : 4);
    return switch (kind) {
      case 0 -> new DInt(random.nextInt(7) - 3);
      case 1 -> new DFloat(new double[] {Double.NaN, -0.0, 0.0, 1.5, Double.NEGATIVE_INFINITY}[random.nextInt(5)]);
      case 2 -> new DStr(new String[] {"", "a", "B", "ab"}[random.nextInt(4)]);
      case 3 -> new Dval[] {Dval.TRUE, Dval.FALSE, Dval.NULL, Dval.NOTHING}[random.nextInt(4)];
      case 4 -> {
        var items = new ArrayList<Dval>();
        for (int i = random.nextInt(4); i > 0; i--) items.add(value(random, depth - 1));
        yield new DList(items);
      }
      default -> new DJust(value(random, depth - 1));
    };
  }
}
