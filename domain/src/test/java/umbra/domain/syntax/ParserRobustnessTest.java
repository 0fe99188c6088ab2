package umbra.domain.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Parse errors are values: whatever the text, the parser answers instead of throwing. */
class ParserRobustnessTest {

  private static final String SNIPPETS =
      "let in if then else fun match with | -> ( ) [ ] { } , ; . = <> == |> + - ++ * ^ % ` `` \" ' \\ "
      + "(* *) // x Just Nothing blank flag partial Test.Test.Test.f Date.(<) List.map_v1_ster ___ _ "
      + "1 -5 5.6 1e5 9223372036854775808L 7I \n \n  \n    'a' \"s\" \"\"\" @\"";

  @Property(tries = 3000)
  void arbitraryTextNeverThrows(@ForAll("syntaxSoup") String text) {
    assertThat(Parser.parseTest(text)).isNotNull();
    assertThat(Parser.parseExpr(text)).isNotNull();
  }

  @Property(tries = 1000)
  void anyUnicodeTextNeverThrows(@ForAll String text) {
    assertThat(Parser.parseTest(text)).isNotNull();
  }

  @Provide
  Arbitrary<String> syntaxSoup() {
    Arbitrary<String> part = Arbitraries.of(SNIPPETS.split(" ", -1));
    Arbitrary<String> glue = Arbitraries.of(" ", "", "\n ");
    return Combinators.combine(part, glue).as((p, g) -> p + g).list().ofMaxSize(25).map(ps -> String.join("", ps));
  }
}
