package umbra.domain.canvas.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import umbra.domain.syntax.Parsed;
import umbra.testing.Gen;
import umbra.testing.Property;

/**
 * Fuzzing in the normal run (issue 13): a printed canvas with random edits, or noise, is read by
 * {@link CanvasText#parse} and {@link CanvasText#read} into {@code Ok} or {@code Failed}, never an
 * exception, each within a time bound. A fixed seed; {@code bench/fuzz} runs many more cases.
 */
class CanvasTextFuzzTest {
  private static final Duration PER_CASE = Duration.ofSeconds(2);

  @Test
  void mutatedCanvasTextsGetAnAnswerInTime() {
    Property.forAll(20260513L, 400, CanvasTextFuzzTest::text, text -> {
      var parsed = assertTimeoutPreemptively(PER_CASE, () -> CanvasText.parse(text, 1));
      var read = assertTimeoutPreemptively(PER_CASE, () -> CanvasText.read(text, 1));
      assertThat(parsed).isInstanceOfAny(Parsed.Ok.class, Parsed.Failed.class);
      assertThat(read).isInstanceOfAny(Parsed.Ok.class, Parsed.Failed.class);
    });
  }

  static String text(Random r) {
    String printed = CanvasText.print(CanvasGen.canvas(r));
    return r.nextInt(8) == 0 ? Gen.string(r, 200) : Gen.mutate(r, printed);
  }
}
