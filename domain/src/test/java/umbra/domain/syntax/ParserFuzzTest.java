package umbra.domain.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import umbra.testing.Gen;
import umbra.testing.Property;

/**
 * Fuzzing in the normal run (issue 13): mutated programs and noise always get an answer from
 * {@link Parser#parseExpr}, {@code Ok} or {@code Failed}, and promptly. A fixed seed, so the run is
 * the same every time; {@code bench/fuzz} runs many more cases.
 */
class ParserFuzzTest {
  private static final Duration PER_CASE = Duration.ofSeconds(2);

  @Test
  void mutatedProgramsAndNoiseGetAnAnswerInTime() {
    Property.forAll(20260513L, 600, ParserFuzzTest::text, text -> {
      Parsed<Expr> parsed = assertTimeoutPreemptively(PER_CASE, () -> Parser.parseExpr(text));
      assertThat(parsed).isInstanceOfAny(Parsed.Ok.class, Parsed.Failed.class);
    });
  }

  static String text(Random r) {
    return r.nextInt(4) == 0 ? Gen.string(r, 60) : Gen.mutate(r, Printer.print(ExprGenerator.expr(r, 3)));
  }
}
