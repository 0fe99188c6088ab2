package umbra.domain.canvas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import umbra.domain.canvas.Canvas;
import umbra.domain.canvas.Checked;
import umbra.domain.canvas.OpApplication;
import umbra.domain.syntax.DType;

/** What a pull prints: declarations as they were pushed. */
class CanvasTextPullTest {

  /** Pushes {@code text} to an empty canvas the way the server applies ops, then pulls. */
  private static String pushThenPull(String text) {
    Canvas read = CanvasText.parse(text, 1).orElseThrow();
    Checked<Canvas> pushed = OpApplication.replay(Canvas.empty(), List.of(), PushPlan.ops(Canvas.empty(), read));
    return CanvasText.print(((Checked.Ok<Canvas>) pushed).value());
  }

  @Test
  void bareCollectionTypesComeBackBare() {
    String text = """
        [fn f a:List b:Option c:Result d:Response e:Datastore -> Dict]
        a

        [fn g -> List]
        []

        [type T d:Dict]
        """;
    String pulled = pushThenPull(text);
    assertThat(pulled).contains("[fn f a:List b:Option c:Result d:Response e:Datastore -> Dict]\n")
        .contains("[fn g -> List]\n").contains("[type T d:Dict]\n");
    assertThat(CanvasText.print(CanvasText.parse(pulled, 1).orElseThrow())).isEqualTo(pulled);
  }

  @Test
  void aWrittenOutVariableArgumentIsTheSameTypeAndPrintsBare() {
    assertThat(TypeText.parse("Dict<'a>")).contains(new DType.TDict(DType.ANY));
    assertThat(TypeText.print(new DType.TDict(DType.ANY))).isEqualTo("Dict");
    assertThat(TypeText.print(new DType.TDict(new DType.TVariable("b")))).isEqualTo("Dict<'b>");
    assertThat(TypeText.print(new DType.TList(DType.INT))).isEqualTo("List<Int>");
  }
}
