package umbra.domain.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import umbra.testing.Property;

/** Parse errors are values: whatever the text, the parser answers instead of throwing. */
class ParserRobustnessTest {

  private static final String[] SNIPPETS = (
      "let in if then else fun match with | -> ( ) [ ] { } , ; . = <> == |> + - ++ * ^ % ` `` \" ' \\ "
      + "(* *) // x Just Nothing blank flag partial Test.Test.Test.f Date.(<) List.map_v1_ster ___ _ "
      + "1 -5 5.6 1e5 9223372036854775808L 7I \n \n  \n    'a' \"s\" \"\"\" @\"").split(" ", -1);
  private static final String[] GLUE = {" ", "", "\n "};

  @Test
  void tokenSoupNeverThrows() {
    Property.forAll(5000, ParserRobustnessTest::soup, text -> {
      assertThat(Parser.parseTest(text)).isNotNull();
      assertThat(Parser.parseExpr(text)).isNotNull();
    });
  }

  @Test
  void damagedProgramsNeverThrow() {
    Property.forAll(3000, ParserRobustnessTest::damagedProgram, text -> assertThat(Parser.parseTest(text)).isNotNull());
  }

  private static String soup(Random random) {
    StringBuilder s = new StringBuilder();
    int parts = random.nextInt(25);
    for (int i = 0; i < parts; i++) {
      s.append(SNIPPETS[random.nextInt(SNIPPETS.length)]).append(GLUE[random.nextInt(GLUE.length)]);
    }
    return s.toString();
  }

  /** A printed program with a few characters deleted or duplicated. */
  private static String damagedProgram(Random random) {
    StringBuilder s = new StringBuilder(Printer.print(ExprGenerator.expr(random, 3)));
    for (int edits = 1 + random.nextInt(3); edits > 0 && !s.isEmpty(); edits--) {
      int at = random.nextInt(s.length());
      if (random.nextBoolean()) s.deleteCharAt(at);
      else s.insert(at, s.charAt(random.nextInt(s.length())));
    }
    return s.toString();
  }
}
