package umbra.domain.canvas.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import umbra.domain.canvas.Canvas;
import umbra.domain.canvas.Op;
import umbra.domain.canvas.Toplevel;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.SourcePosition;

/** The editor's view of one toplevel: its section's text, and the stored expression ids placed on it. */
class ToplevelSourceTest {
  private static final String HANDLER = """
      [http-handler GET /age/:name]
      let years = String.toInt_v1 name in
      match years with
      | Ok y -> y + 1
      | Error e -> 0
      """;

  /** Stored ids far from the ones the reader hands out, as on a real canvas. */
  private static Toplevel.Handler stored() {
    return (Toplevel.Handler) CanvasText.parse(HANDLER, 9_000_000).orElseThrow().live().getFirst();
  }

  @Test
  void theTextIsTheSectionPullPrints() {
    assertThat(ToplevelSource.of(stored()).text()).isEqualTo(HANDLER);
  }

  @Test
  void storedIdsGetTheirLineAndColumn() {
    var tl = stored();
    var source = ToplevelSource.of(tl);
    var let = (Expr.ELet) tl.ast();
    var call = (Expr.EFnCall) let.rhs();
    var match = (Expr.EMatch) let.body();
    var plus = (Expr.EBinOp) match.cases().get(0).body();
    assertThat(source.positions().get(let.id())).isEqualTo(new SourcePosition(2, 1));
    assertThat(source.positions().get(call.id())).isEqualTo(new SourcePosition(2, 13));
    assertThat(source.positions().get(call.args().getFirst().id())).isEqualTo(new SourcePosition(2, 29));
    assertThat(source.positions().get(plus.id())).as("an operator is placed at its operator").isEqualTo(new SourcePosition(4, 13));
  }

  @Test
  void eachLineShowsTheValueOfItsFirstPartNotOfTheLetOrMatchAroundIt() {
    var tl = stored();
    var let = (Expr.ELet) tl.ast();
    var match = (Expr.EMatch) let.body();
    var source = ToplevelSource.of(tl);
    assertThat(source.lineExprs()).containsEntry(2, let.rhs().id())
        .containsEntry(3, match.scrutinee().id())
        .containsEntry(4, match.cases().get(0).body().id())
        .containsEntry(5, match.cases().get(1).body().id())
        .doesNotContainKey(1);
  }

  @Test
  void callsOutsidePipesCanBePlayedWithTheirArguments() {
    var tl = stored();
    var call = (Expr.EFnCall) ((Expr.ELet) tl.ast()).rhs();
    assertThat(ToplevelSource.of(tl).calls())
        .containsExactly(java.util.Map.entry(call.id(), new ToplevelSource.Call("String::toInt_v1", List.of(call.args().getFirst().id()))));
    var piped = CanvasText.parse("[http-handler GET /p]\n\"a\"\n|> String.length_v1\n", 1).orElseThrow().live().getFirst();
    assertThat(ToplevelSource.of(piped).calls()).as("a pipe step's first argument is the previous step").isEmpty();
  }

  @Test
  void aDatastoreHasItsHeaderAndNoExpressions() {
    var db = CanvasText.parse("[db Links {\"url\": \"Str\"}]\n", 5).orElseThrow().live().getFirst();
    var source = ToplevelSource.of(db);
    assertThat(source.text()).isEqualTo("[db Links {\"url\": \"Str\"}]\n");
    assertThat(source.positions()).isEmpty();
  }

  @Test
  void anEditedSectionBecomesASavepointAndTheChangeOfThatToplevel() {
    var old = stored();
    var wanted = CanvasText.parse(HANDLER.replace("y + 1", "y + 2"), 1).orElseThrow().live().getFirst();
    List<Op> ops = PushPlan.edit(old, wanted);
    assertThat(ops).hasSize(2);
    assertThat(ops.get(0)).isEqualTo(new Op.TLSavepoint(old.tlid()));
    assertThat(((Op.SetHandler) ops.get(1)).tlid()).isEqualTo(old.tlid());
    assertThat(PushPlan.edit(old, old)).isEmpty();
  }

  @Test
  void aSectionCannotTurnAHandlerIntoAFunction() {
    var fn = CanvasText.parse("[fn f -> Int]\n1\n", 1).orElseThrow().live().getFirst();
    assertThatThrownBy(() -> PushPlan.edit(stored(), fn)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anAddedToplevelKeepsItsTlidAndGoesBelowTheOthers() {
    Canvas current = Canvas.empty().withLoaded(stored(), false);
    var added = CanvasText.parse("[http-handler GET /nope]\n\"hi\"\n", 1).orElseThrow().live().getFirst();
    var op = (Op.SetHandler) PushPlan.add(current, added).getFirst();
    assertThat(op.tlid()).isEqualTo(added.tlid());
    assertThat(op.pos().y()).isGreaterThan(stored().pos().y());
  }
}
