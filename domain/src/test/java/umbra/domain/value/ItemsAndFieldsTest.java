package umbra.domain.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import umbra.domain.value.Dval.*;

/** The persistent elements of lists and entries of dicts behave as the List and SortedMap they stand in for. */
class ItemsAndFieldsTest {
  private static final Dval ONE = new DInt(1);
  private static final Dval TWO = new DInt(2);

  @Test
  void itemsEqualAndHashAsAnyListAndSharedUpdatesLeaveTheOriginal() {
    Items items = Items.of(new ArrayList<>(List.of(ONE, TWO)));
    assertThat(items).isEqualTo(List.of(ONE, TWO)).hasSameHashCodeAs(List.of(ONE, TWO));
    assertThat(items.pushBack(ONE)).containsExactly(ONE, TWO, ONE);
    assertThat(items.push(TWO)).containsExactly(TWO, ONE, TWO);
    assertThat(items.append(List.of(TWO))).containsExactly(ONE, TWO, TWO);
    assertThat(items).containsExactly(ONE, TWO);
    assertThat(items.subList(1, 2)).isInstanceOf(Items.class).containsExactly(TWO);
    assertThat(items.reversed()).isInstanceOf(Items.class).containsExactly(TWO, ONE);
    assertThat(Items.of(items)).isSameAs(items);
    assertThatThrownBy(() -> items.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> Items.of(java.util.Arrays.asList(ONE, null))).isInstanceOf(NullPointerException.class);
  }

  @Test
  void fieldsIterateInOrdinalOrderAndEqualAndHashAsAnySortedMap() {
    var keys = List.of("b", "a", "B", "é", "😀", "\uFFFF", "");
    var tree = new TreeMap<String, Dval>();
    for (String k : keys) tree.put(k, new DStr(k));
    Fields fields = Fields.of(tree);
    // UTF-16 order: the surrogates of the emoji (0xD83D...) before U+FFFF
    assertThat(fields.keySet()).containsExactly("", "B", "a", "b", "é", "😀", "\uFFFF");
    assertThat(fields).isEqualTo(tree).hasSameHashCodeAs(tree);
    assertThat(fields.comparator()).isNull();
    assertThat(fields.firstKey()).isEmpty();
    assertThat(fields.lastKey()).isEqualTo("\uFFFF");
    assertThat(fields.headMap("a")).containsOnlyKeys("", "B");
    assertThat(fields.get(1)).isNull();
  }

  @Test
  void fieldsUpdatesShareAndLeaveTheOriginal() {
    Fields fields = Fields.of(new TreeMap<>(java.util.Map.of("a", ONE)));
    assertThat(fields.with("b", TWO)).containsOnlyKeys("a", "b");
    assertThat(fields.with("a", TWO)).containsEntry("a", TWO);
    assertThat(fields.without("a")).isEmpty();
    assertThat(fields.without("z")).isSameAs(fields);
    assertThat(fields.withAll(java.util.Map.of("a", TWO, "c", ONE))).containsEntry("a", TWO).containsEntry("c", ONE);
    assertThat(Fields.of(java.util.Map.of("a", TWO, "c", ONE)).withAll(fields)).containsEntry("a", ONE).hasSize(2);
    assertThat(fields).containsExactly(java.util.Map.entry("a", ONE));
  }

  @Test
  void containerEqualityKeepsJavasRulesAndDarksOwn() {
    var nan = new DList(List.of(new DFloat(Double.NaN)));
    assertThat(nan).isEqualTo(new DList(List.of(new DFloat(Double.NaN)))); // records compare doubles as Double.compare
    assertThat(Equality.equal(nan, nan)).isFalse(); // Dark's == is IEEE: NaN differs from itself
    var zero = new DJust(new DFloat(0.0));
    assertThat(zero).isNotEqualTo(new DJust(new DFloat(-0.0)));
    assertThat(Equality.equal(zero, new DJust(new DFloat(-0.0)))).isTrue();
    var built = new DObj(new TreeMap<>(java.util.Map.of("k", new DList(new ArrayList<>(List.of(ONE)))))); // copied in
    var shared = DObj.of(Fields.of(java.util.Map.of("k", new DList(Items.of(List.of(ONE))))));
    assertThat(built).isEqualTo(shared).hasSameHashCodeAs(shared);
    assertThat(new DTuple(ONE, TWO, List.of())).isNotEqualTo(new DTuple(TWO, ONE, List.of()));
    assertThat(new DOk(ONE)).isNotEqualTo(new DErr(ONE)).isEqualTo(new DOk(new DInt(1)));
  }
}
