package umbra.domain.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import umbra.testing.Gen;
import umbra.testing.Property;

/** Parse errors are values: whatever the text, the parser answers instead of throwing. */
class ParserRobustnessTest {

  private static final String[] SNIPPETS = (
      "let in if then else fun match with | -> ( ) [ ] { } , ; . = <> == |> + - ++ * ^ % ` `` \" ' \\ "
      + "(* *) // x Just Nothing blank flag partial Test.Test.Test.f Date.(<) List.map_v1_ster ___ _ "
      + "1 -5 5.6 1e5 9223372036854775808L 7I \n \n  \n    'a' \"s\" \"\"\" @\"").split(" ", -1);

  @Test
  void arbitraryTextNeverThrows() {
    Property.forAll(3000, ParserRobustnessTest::syntaxSoup, text -> {
      assertThat(Parser.parseTest(text)).isNotNull();
      assertThat(Parser.parseExpr(text)).isNotNull();
    });
  }

  @Test
  void anyUnicodeTextNeverThrows() {
    Property.forAll(1000, r -> Gen.string(r, 30), text -> assertThat(Parser.parseTest(text)).isNotNull());
  }

  private static String syntaxSoup(Random r) {
    return String.join("", Gen.list(r, 0, 25, x -> Gen.oneOf(x, SNIPPETS) + Gen.oneOf(x, " ", "", "\n ")));
  }
}
