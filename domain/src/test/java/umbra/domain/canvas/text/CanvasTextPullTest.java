package umbra.domain.canvas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import umbra.domain.canvas.Canvas;
import umbra.domain.canvas.Checked;
import umbra.domain.canvas.OpApplication;
import umbra.domain.syntax.DType;

/** What a pull prints: code laid out as a person writes it, and declarations as they were pushed. */
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

  @Test
  void longCodeIsLaidOutOverLinesAndPushedBackUnchanged() {
    String text = """
        [http-handler POST /links]
        let body = request.body in
        let key = String.slugify_v2 body.name in
        let saved = DB.set_v1 { url = body.url; name = body.name; visits = 0; createdAt = Date.now } key Links in
        match body.url with
        | "" -> Http.response "the url is missing" 400
        | url -> Http.response (saved |> Dict.set "key" key |> Dict.toJSON) 201
        """;
    String pulled = pushThenPull(text);
    assertThat(pulled).isEqualTo("""
        [http-handler POST /links]
        let body = request.body in
        let key = String.slugify_v2 body.name in
        let saved =
          DB.set_v1 { url = body.url; name = body.name; visits = 0; createdAt = Date.now } key Links
        in
        match body.url with
        | "" -> Http.response "the url is missing" 400
        | url -> Http.response (saved |> Dict.set "key" key |> Dict.toJSON) 201
        """);
    assertThat(pushThenPull(pulled)).isEqualTo(pulled);
  }

  @Test
  void aLineThatWouldReadAsAHeaderShiftsTheWholeBody() {
    String pulled = pushThenPull("[repl r]\nlet fn = 1 in ([fn])\n");
    assertThat(pulled).isEqualTo("[repl r]\n let fn = 1 in\n [fn]\n");
    assertThat(pushThenPull(pulled)).isEqualTo(pulled);
  }
}
