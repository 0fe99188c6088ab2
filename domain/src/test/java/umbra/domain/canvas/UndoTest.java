package umbra.domain.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static umbra.domain.canvas.Fixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** backend.md 4.3. */
class UndoTest {
  private static List<Op> preprocess(Op... ops) {
    var flagged = java.util.Arrays.stream(ops).map(o -> new Undo.Flagged(o, true)).toList();
    return ok(Undo.preprocess(flagged)).stream().map(Undo.Flagged::op).toList();
  }

  private static String rejection(Op... ops) {
    var flagged = java.util.Arrays.stream(ops).map(o -> new Undo.Flagged(o, true)).toList();
    return reason(Undo.preprocess(flagged));
  }

  @Test
  void undoGoesBackToTheLastSavepointAndDropsIt() {
    Op v1 = setHttp(1, "/", 1);
    assertThat(preprocess(v1, new Op.TLSavepoint(1), setHttp(1, "/", 2), new Op.UndoTL(1))).containsExactly(v1);
  }

  @Test
  void undoKeepsOtherToplevelsOpsInsideTheWindow() {
    Op v1 = setHttp(1, "/", 1);
    Op other = setHttp(2, "/x", 9);
    assertThat(preprocess(v1, new Op.TLSavepoint(1), other, setHttp(1, "/", 2), new Op.UndoTL(1)))
        .containsExactly(v1, other);
  }

  @Test
  void undoWithoutASavepointDropsEveryEarlierOpOfThatToplevel() {
    Op other = setHttp(2, "/x", 9);
    assertThat(preprocess(setHttp(1, "/", 1), other, setHttp(1, "/", 2), new Op.UndoTL(1))).containsExactly(other);
  }

  @Test
  void aSavepointOfAnotherToplevelIsNotAStop() {
    Op sp2 = new Op.TLSavepoint(2);
    assertThat(preprocess(setHttp(1, "/", 1), sp2, setHttp(1, "/", 2), new Op.UndoTL(1))).containsExactly(sp2);
  }

  @Test
  void twoUndosGoBackTwoSavepoints() {
    Op v1 = setHttp(1, "/", 1);
    assertThat(preprocess(v1, new Op.TLSavepoint(1), setHttp(1, "/", 2), new Op.TLSavepoint(1), setHttp(1, "/", 3),
        new Op.UndoTL(1), new Op.UndoTL(1))).containsExactly(v1);
  }

  @Test
  void undoThenRedoCancel() {
    Op v1 = setHttp(1, "/", 1);
    Op v2 = setHttp(1, "/", 2);
    assertThat(preprocess(v1, new Op.TLSavepoint(1), v2, new Op.UndoTL(1), new Op.RedoTL(1)))
        .containsExactly(v1, new Op.TLSavepoint(1), v2);
  }

  @Test
  void nestedUndoRedoPairsCancelRepeatedly() {
    Op v1 = setHttp(1, "/", 1);
    assertThat(preprocess(v1, new Op.UndoTL(1), new Op.UndoTL(1), new Op.RedoTL(1), new Op.RedoTL(1)))
        .containsExactly(v1);
  }

  @Test
  void aRedoAfterAnythingButAnUndoIsRejected() {
    assertThat(rejection(setHttp(1, "/", 1), new Op.RedoTL(1))).isEqualTo("Already at latest redo");
    assertThat(rejection(setHttp(1, "/", 1), new Op.UndoTL(2), new Op.RedoTL(1))).isEqualTo("Already at latest redo");
    assertThat(rejection(setHttp(1, "/", 1), new Op.RedoTL(2), new Op.RedoTL(1))).isEqualTo("Already at latest redo");
  }

  @Test
  void aLeadingRedoSurvivesPreprocessingAndFailsWhenApplied() {
    assertThat(preprocess(new Op.RedoTL(1))).containsExactly(new Op.RedoTL(1));
    assertThat(reason(OpApplication.replay(Canvas.empty(), List.of(), List.of(new Op.RedoTL(1)))))
        .isEqualTo("Undo/Redo op should have been preprocessed out!");
  }

  @Test
  void undoAcrossStoredAndNewOpsRevertsTheStoredEdit() {
    Op v1 = setHttp(1, "/", 1);
    List<Op> stored = List.of(v1, new Op.TLSavepoint(1), setHttp(1, "/", 2));
    Canvas c = ok(OpApplication.replay(Canvas.empty(), stored, List.of(new Op.UndoTL(1))));
    assertThat(c.handlers().live().get(1L)).isEqualTo(http(1, "/", "GET", 1));
  }

  @Test
  void theNewnessFlagFollowsEachOpThroughPreprocessing() {
    var flagged = List.of(new Undo.Flagged(new Op.CreateDB(1, new Position(0, 0), ""), false),
        new Undo.Flagged(new Op.TLSavepoint(2), true));
    assertThat(ok(Undo.preprocess(flagged))).isEqualTo(flagged);
  }
}
