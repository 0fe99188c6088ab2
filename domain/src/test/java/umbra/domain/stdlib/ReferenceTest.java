package umbra.domain.stdlib;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference lists what the registry has, nothing written by hand. */
class ReferenceTest {
  private final Registry registry = StdLib.registry();
  private final Reference reference = Reference.of(registry);

  @Test
  void everyBuiltinHasOneEntry() {
    assertThat(reference.entries()).extracting(Reference.Entry::name)
        .containsExactlyInAnyOrderElementsOf(registry.all().keySet().stream().map(Object::toString).toList());
  }

  @Test
  void anEntrySaysWhatTheRegistrationSays() {
    Reference.Entry add = only(reference.matching("Int::add").entries(), "Int::add");
    assertThat(add.module()).isEqualTo("Int");
    assertThat(add.written()).isEqualTo("Int.add");
    assertThat(add.signature()).isEqualTo("(a: Int, b: Int) -> Int");
    assertThat(add.isPure()).isTrue();
    assertThat(add.deprecation()).isEmpty();

    Reference.Entry generate = only(reference.matching("Uuid::generate").entries(), "Uuid::generate");
    assertThat(generate.purity()).isEqualTo("impure");
    assertThat(generate.signature()).isEqualTo("() -> UUID");
    assertThat(only(reference.matching("Date::<").entries(), "Date::<").written()).isEqualTo("Date.(<)");
    assertThat(only(reference.entries(), "++").written()).isEqualTo("s1 ++ s2");
    assertThat(reference.entries()).anySatisfy(e -> assertThat(e.deprecation()).hasValueSatisfying(d -> assertThat(d).startsWith("ReplacedBy")));
  }

  @Test
  void searchLooksInNamesAndDescriptionsIgnoringCase() {
    assertThat(reference.matching("DB::").entries()).isNotEmpty().allSatisfy(e -> assertThat(e.module()).isEqualTo("DB"));
    assertThat(reference.matching("RANDOM").entries()).extracting(Reference.Entry::name).contains("Uuid::generate", "List::randomElement");
    assertThat(reference.matching("").entries()).hasSameSizeAs(reference.entries());
    assertThat(reference.matching("no function says this").entries()).isEmpty();
  }

  @Test
  void theTextHasEveryModuleAndFunction() {
    String text = reference.text();
    assertThat(reference.byModule().keySet()).first().isEqualTo(Reference.NO_MODULE);
    for (Reference.Entry e : reference.entries()) assertThat(text).contains("  " + e.name() + "  " + e.signature());
    assertThat(text).contains("\nInt\n").contains("      written: Int.add\n");
  }

  private static Reference.Entry only(List<Reference.Entry> entries, String name) {
    return entries.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
  }
}
