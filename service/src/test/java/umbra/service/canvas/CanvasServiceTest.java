package umbra.service.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import umbra.domain.canvas.HandlerSpec;
import umbra.domain.canvas.Op;
import umbra.domain.canvas.Position;
import umbra.domain.canvas.RoutingColumns;
import umbra.domain.canvas.Toplevel;
import umbra.domain.syntax.Expr;

class CanvasServiceTest {
  private static final UUID CANVAS = UUID.fromString("00000000-0000-0000-0000-00000000000c");
  private static final UUID CLIENT = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
  private static final Position P = new Position(1, 2);
  private final CanvasService service = new CanvasService();

  private static Toplevel.Handler handler(long tlid, long body) {
    return new Toplevel.Handler(tlid, P, new Expr.EInteger(9, body),
        new HandlerSpec.Http("/users/:id", "GET", new HandlerSpec.Ids(1, 2, 3)));
  }

  private static Op set(long tlid, long body) { return new Op.SetHandler(tlid, P, handler(tlid, body)); }

  private static ApplyOps cmd(List<Op> ops, long ctr, Map<Long, List<Op>> histories, OptionalLong stored) {
    return new ApplyOps(CANVAS, ops, ctr, CLIENT, histories, Map.of(), stored);
  }

  private static ApplyOpsOutcome.Applied applied(ApplyOpsOutcome outcome) {
    assertThat(outcome).isInstanceOf(ApplyOpsOutcome.Applied.class);
    return (ApplyOpsOutcome.Applied) outcome;
  }

  @Test
  void aFirstRequestAdvancesTheCounterAndSavesTheToplevel() {
    var result = applied(service.applyOps(cmd(List.of(new Op.TLSavepoint(1), set(1, 5)), 1,
        Map.of(1L, List.of()), OptionalLong.empty())));
    assertThat(result.events()).containsExactly(
        new CanvasEvent.OpCounterAdvanced(CANVAS, CLIENT, 1),
        new CanvasEvent.ToplevelSaved(CANVAS, 1, List.of(new Op.TLSavepoint(1), set(1, 5)), handler(1, 5), false,
            new RoutingColumns(Optional.of("HTTP"), Optional.of("/users/%"), Optional.of("GET"))),
        new CanvasEvent.VersionAdvanced(CANVAS, 1));
    assertThat(result.canvas().handlers().live()).containsOnlyKeys(1L);
    assertThat(result.version()).isEqualTo(1);
  }

  private static ApplyOps versioned(List<Op> ops, long version, OptionalLong expected) {
    return new ApplyOps(CANVAS, ops, 1, CLIENT, Map.of(1L, List.of()), Map.of(), OptionalLong.empty(), java.util.Set.of(),
        version, expected);
  }

  @Test
  void opsMadeOnAnOlderVersionAreRefusedAndSaveNothing() {
    var outcome = service.applyOps(versioned(List.of(set(1, 5)), 7, OptionalLong.of(6)));
    assertThat(outcome).isEqualTo(new ApplyOpsOutcome.Stale(6, 7));
    assertThat(((ApplyOpsOutcome.Stale) outcome).reason()).contains("the canvas changed since you read it")
        .contains("pull or push again");
  }

  @Test
  void opsMadeOnTheStoredVersionOrWithoutOneAreAppliedAndAdvanceIt() {
    assertThat(applied(service.applyOps(versioned(List.of(set(1, 5)), 7, OptionalLong.of(7)))).version()).isEqualTo(8);
    assertThat(applied(service.applyOps(versioned(List.of(set(1, 5)), 7, OptionalLong.empty()))).events())
        .contains(new CanvasEvent.VersionAdvanced(CANVAS, 8));
    // a savepoint alone changes nothing a client reads: the version stays
    var savepoint = applied(service.applyOps(versioned(List.of(new Op.TLSavepoint(1)), 7, OptionalLong.of(7))));
    assertThat(savepoint.version()).isEqualTo(7);
    assertThat(savepoint.events()).noneMatch(e -> e instanceof CanvasEvent.VersionAdvanced);
  }

  @Test
  void theSavedHistoryIsTheStoredOneFollowedByTheNewOps() {
    List<Op> stored = List.of(new Op.TLSavepoint(1), set(1, 5));
    var result = applied(service.applyOps(cmd(List.of(new Op.TLSavepoint(1), set(1, 6)), 2,
        Map.of(1L, stored), OptionalLong.of(1))));
    var saved = (CanvasEvent.ToplevelSaved) result.events().get(1);
    assertThat(saved.history()).containsExactly(new Op.TLSavepoint(1), set(1, 5), new Op.TLSavepoint(1), set(1, 6));
    assertThat(saved.toplevel()).isEqualTo(handler(1, 6));
  }

  @Test
  void undoRevertsAStoredEditAndKeepsTheUndoInTheHistory() {
    List<Op> stored = List.of(new Op.TLSavepoint(1), set(1, 5), new Op.TLSavepoint(1), set(1, 6));
    var result = applied(service.applyOps(cmd(List.of(new Op.UndoTL(1)), 3, Map.of(1L, stored), OptionalLong.of(2))));
    var saved = (CanvasEvent.ToplevelSaved) result.events().get(1);
    assertThat(saved.toplevel()).isEqualTo(handler(1, 5));
    assertThat(saved.history()).hasSize(5).endsWith(new Op.UndoTL(1));
  }

  @Test
  void aToplevelUndoneOutOfExistenceIsNotSaved() {
    var result = applied(service.applyOps(cmd(List.of(set(1, 5), new Op.UndoTL(1)), 1,
        Map.of(1L, List.of()), OptionalLong.empty())));
    assertThat(result.events()).containsExactly(new CanvasEvent.OpCounterAdvanced(CANVAS, CLIENT, 1));
  }

  @Test
  void aStaleRequestKeepsOnlyTheSafeOpsAndLeavesTheCounter() {
    List<Op> stored = List.of(set(1, 5));
    var result = applied(service.applyOps(cmd(List.of(set(1, 4), new Op.DeleteTL(1)), 3,
        Map.of(1L, stored), OptionalLong.of(7))));
    assertThat(result.events()).containsExactly(new CanvasEvent.ToplevelSaved(CANVAS, 1,
        List.of(set(1, 5), new Op.DeleteTL(1)), handler(1, 5), true, RoutingColumns.NONE),
        new CanvasEvent.VersionAdvanced(CANVAS, 1));
  }

  @Test
  void theSameCounterAgainIsStillTheLatestButDoesNotAdvance() {
    var result = applied(service.applyOps(cmd(List.of(set(1, 4)), 7, Map.of(1L, List.of()), OptionalLong.of(7))));
    assertThat(result.events()).hasSize(2).first().isInstanceOf(CanvasEvent.ToplevelSaved.class);
    assertThat(result.events()).noneMatch(e -> e instanceof CanvasEvent.OpCounterAdvanced);
  }

  @Test
  void savepointsAloneSaveNothing() {
    var result = applied(service.applyOps(cmd(List.of(new Op.TLSavepoint(1)), 1, Map.of(1L, List.of()),
        OptionalLong.empty())));
    assertThat(result.events()).containsExactly(new CanvasEvent.OpCounterAdvanced(CANVAS, CLIENT, 1));
  }

  @Test
  void aBrokenRuleRejectsTheWholeRequest() {
    var outcome = service.applyOps(cmd(List.of(set(1, 1), new Op.CreateDB(2, P, "")), 1,
        Map.of(1L, List.of(), 2L, List.of()), OptionalLong.empty()));
    assertThat(outcome).isEqualTo(new ApplyOpsOutcome.Rejected("DB must have a name"));
  }

  @Test
  void renamingADbOntoAnotherLiveDbsNameIsRejected() {
    Map<Long, List<Op>> dbs = Map.of(1L, List.of(new Op.CreateDB(1, P, "Users")), 2L, List.of(new Op.CreateDB(2, P, "Posts")));
    var outcome = service.applyOps(new ApplyOps(CANVAS, List.of(new Op.RenameDBname(2, "Users")), 1, CLIENT,
        Map.of(2L, dbs.get(2L)), dbs, OptionalLong.empty()));
    assertThat(outcome).isEqualTo(new ApplyOpsOutcome.Rejected("Duplicate DB names: Users"));
  }

  @Test
  void aDatastoreWithRowsKeepsItsColumnsButMayBeRenamedOrMoved() {
    List<Op> users = List.of(new Op.CreateDBWithBlankOr(1, P, 2, "Users"), new Op.AddDBCol(1, 3, 4),
        new Op.SetDBColName(1, 3, "name"), new Op.SetDBColType(1, 4, "Str"));
    Map<Long, List<Op>> history = Map.of(1L, users);
    var retype = new ApplyOps(CANVAS, List.of(new Op.ChangeDBColType(1, 4, "Int")), 1, CLIENT, history, Map.of(),
        OptionalLong.empty(), java.util.Set.of(1L));
    assertThat(service.applyOps(retype)).isInstanceOf(ApplyOpsOutcome.Rejected.class)
        .extracting(o -> ((ApplyOpsOutcome.Rejected) o).reason()).asString().startsWith("The datastore Users has data");
    var retyped = new java.util.ArrayList<>(users);
    retyped.addAll(List.of(new Op.TLSavepoint(1), new Op.ChangeDBColType(1, 4, "Int")));
    var undo = new ApplyOps(CANVAS, List.of(new Op.UndoTL(1)), 1, CLIENT, Map.of(1L, List.copyOf(retyped)), Map.of(),
        OptionalLong.empty(), java.util.Set.of(1L));
    assertThat(service.applyOps(undo)).isInstanceOf(ApplyOpsOutcome.Rejected.class);
    var move = new ApplyOps(CANVAS, List.of(new Op.MoveTL(1, new Position(5, 5))), 1, CLIENT, history, Map.of(),
        OptionalLong.empty(), java.util.Set.of(1L));
    applied(service.applyOps(move));
    var unlocked = new ApplyOps(CANVAS, List.of(new Op.ChangeDBColType(1, 4, "Int")), 1, CLIENT, history, Map.of(),
        OptionalLong.empty(), java.util.Set.of());
    applied(service.applyOps(unlocked));
  }

  @Test
  void contextDbsAreReturnedButNotResaved() {
    Map<Long, List<Op>> dbs = Map.of(1L, List.of(new Op.CreateDB(1, P, "Users")), 2L, List.of(new Op.CreateDB(2, P, "Posts")));
    var result = applied(service.applyOps(new ApplyOps(CANVAS, List.of(new Op.RenameDBname(2, "People")), 1, CLIENT,
        Map.of(2L, dbs.get(2L)), dbs, OptionalLong.empty())));
    assertThat(result.canvas().dbs().live()).containsOnlyKeys(1L, 2L);
    assertThat(result.events()).filteredOn(e -> e instanceof CanvasEvent.ToplevelSaved)
        .extracting(e -> ((CanvasEvent.ToplevelSaved) e).tlid()).containsExactly(2L);
  }

  @Test
  void anInvalidCommandCannotBeBuilt() {
    assertThatThrownBy(() -> cmd(List.of(set(1, 1)), 1, Map.of(), OptionalLong.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tlid 1");
    assertThatThrownBy(() -> cmd(List.of(set(1, 1)), 1, Map.of(1L, List.of(set(2, 1))), OptionalLong.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ApplyOps(CANVAS, List.of(set(1, 1)), 1, CLIENT, Map.of(1L, List.of()),
        Map.of(2L, List.of()), OptionalLong.empty())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ApplyOps(CANVAS, List.of(), 1, null, Map.of(), Map.of(), OptionalLong.empty()))
        .isInstanceOf(NullPointerException.class);
  }
}
