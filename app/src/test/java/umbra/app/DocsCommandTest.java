package umbra.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import umbra.domain.stdlib.StdLib;

/** {@code umbra docs}: every builtin the registry has, searchable. */
class DocsCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.standard().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() { return out.toString(StandardCharsets.UTF_8); }

  /** The function names of the listing: each entry's line starts with two spaces, then the name. */
  private List<String> listedNames() {
    return out().lines().filter(l -> l.startsWith("  ") && !l.startsWith("   ")).map(l -> l.strip().split("  ")[0]).toList();
  }

  @Test
  void listsEveryBuiltinOfTheRegistry() {
    assertThat(run("docs")).isEqualTo(0);
    var registered = StdLib.registry().all().keySet().stream().map(Object::toString).toList();
    assertThat(listedNames()).containsExactlyInAnyOrderElementsOf(registered);
    assertThat(out()).contains("  Int::add  (a: Int, b: Int) -> Int  pure\n      Adds two integers")
        .contains("  Uuid::generate  () -> UUID  impure\n")
        .endsWith(registered.size() + " functions\n");
  }

  @Test
  void aSearchKeepsTheFunctionsWhoseNameOrDescriptionMentionsIt() {
    assertThat(run("docs", "DB::")).isEqualTo(0);
    assertThat(listedNames()).isNotEmpty().allSatisfy(n -> assertThat(n).startsWith("DB::"));
    assertThat(out()).contains("DB::set_v1").contains("deprecated: ");

    out.reset();
    assertThat(run("docs", "random")).isEqualTo(0);
    assertThat(listedNames()).contains("Uuid::generate", "List::randomElement");
  }

  @Test
  void noMatchAndHelp() {
    assertThat(run("docs", "nothing mentions this")).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no function's name or description mentions");
    assertThat(run("docs", "--help")).isEqualTo(0);
    assertThat(out()).startsWith("usage: umbra docs [SEARCH]");
    assertThat(run("docs", "a", "b")).isEqualTo(2);
  }
}
