package umbra.service.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import umbra.domain.canvas.Canvas;
import umbra.domain.canvas.Toplevel;
import umbra.domain.canvas.text.CanvasText;
import umbra.domain.eval.Limits;
import umbra.domain.eval.Outcome;
import umbra.domain.stdlib.StdLib;
import umbra.domain.trace.RecordedArguments;
import umbra.domain.value.Dval;

/** What a run's trace keeps: never a secret's value, wherever the code carried it. */
class TracedRunTest {
  private static final String SECRET = "s3cret-value";
  private static final String CANVAS = """
      [fn keep x:'a -> 'a]
      x

      [http-handler GET /leak]
      let _ = keep (fun y -> y) in
      let _ = keep (String.toBytes KEY) in
      let _ = keep { outer = [ { inner = (KEY, 1) } ]; also = Dict.singleton "k" [KEY] } in
      String.length_v1 (String.toBytes KEY)
      """;

  @Test
  void aSecretIsKeptNeitherInACapturedEnvironmentNorInBytesNorNestedNorInAnError() {
    Canvas canvas = CanvasText.parse(CANVAS, 1).orElseThrow();
    Toplevel.Handler handler = canvas.handlers().live().values().iterator().next();
    CanvasState state = CanvasState.of(StdLib.registry(), new Limits(100_000, 10_000), canvas, Map.of("KEY", SECRET),
        handler.tlid());
    var run = new TracedRun(state.state().withTraces(true), handler.ast(), state.globals());
    Dval value = ((Outcome.Done) run.start()).value();

    // the error names the bytes in base64, the form toRepr prints them in
    String base64 = Base64.getEncoder().encodeToString(SECRET.getBytes(StandardCharsets.UTF_8));
    assertThat(((Dval.DError) value).message()).contains(base64);
    assertThat(run.outcome(value, 500).error()).hasValueSatisfying(e ->
        assertThat(e).doesNotContain(base64).contains("Bytes (<secret KEY>)"));

    var kept = run.arguments().stream().map(RecordedArguments::args).map(args -> args.get("x")).toList();
    assertThat(kept).hasSize(3);
    // a lambda's environment holds every global: a trace keeps the function without it
    assertThat(((Dval.DLambda) kept.get(0)).env().toMap()).isEmpty();
    assertThat(kept.get(1)).isEqualTo(new Dval.DBytes("<secret KEY>".getBytes(StandardCharsets.UTF_8)));
    Dval marker = new Dval.DStr("<secret KEY>");
    assertThat(kept.get(2)).isEqualTo(Dval.DObj.of(Map.of(
        "outer", new Dval.DList(List.of(Dval.DObj.of(Map.of("inner", new Dval.DTuple(marker, new Dval.DInt(1), List.of()))))),
        "also", Dval.DObj.of(Map.of("k", new Dval.DList(List.of(marker)))))));
  }
}
