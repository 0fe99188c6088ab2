package umbra.domain.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static umbra.domain.canvas.Fixtures.*;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import umbra.domain.syntax.DType;
import umbra.domain.syntax.Expr;

class OpApplicationTest {
  private static final Position P = new Position(3, 4);

  @Test
  void setHandlerInsertsThenReplaces() {
    Canvas c = replay(List.of(setHttp(1, "/a", 1), setHttp(1, "/b", 2)));
    assertThat(c.handlers().live()).containsOnlyKeys(1L);
    assertThat(((HandlerSpec.Http) c.handlers().live().get(1L).spec()).route()).isEqualTo("/b");
  }

  @Test
  void setHandlerAfterDeleteRevivesIt() {
    Canvas c = replay(List.of(setHttp(1, "/a", 1), new Op.DeleteTL(1), setHttp(1, "/a", 2)));
    assertThat(c.handlers().live()).containsOnlyKeys(1L);
    assertThat(c.handlers().deleted()).isEmpty();
  }

  @Test
  void createDbUsesTheTlidAsNameIdAndStartsEmpty() {
    Canvas c = replay(List.of(new Op.CreateDB(5, P, "Users")));
    assertThat(c.dbs().live().get(5L)).isEqualTo(new Toplevel.Db(5, P, "Users", 5, 0, List.of()));
  }

  @Test
  void newCreateDbWithoutANameIsRejectedButAStoredOneIsReplayed() {
    assertThat(reason(OpApplication.replay(Canvas.empty(), List.of(), List.of(new Op.CreateDB(5, P, "")))))
        .isEqualTo("DB must have a name");
    Canvas c = ok(OpApplication.replay(Canvas.empty(), List.of(new Op.CreateDB(5, P, "")), List.of()));
    assertThat(c.dbs().live().get(5L).name()).isEmpty();
  }

  @Test
  void createDbWithBlankOrKeepsTheGivenNameId() {
    Canvas c = replay(List.of(new Op.CreateDBWithBlankOr(5, P, 77, "")));
    assertThat(c.dbs().live().get(5L)).isEqualTo(new Toplevel.Db(5, P, "", 77, 0, List.of()));
  }

  @Test
  void columnsAreAddedNamedTypedAndDeleted() {
    Canvas c = replay(List.of(
        new Op.CreateDB(5, P, "Users"),
        new Op.AddDBCol(5, 10, 11),
        new Op.AddDBCol(5, 20, 21),
        new Op.SetDBColName(5, 10, "name"),
        new Op.SetDBColType(5, 11, "Str"),
        new Op.ChangeDBColName(5, 20, "age"),
        new Op.ChangeDBColType(5, 21, "integer")));
    assertThat(c.dbs().live().get(5L).cols()).containsExactly(
        new Toplevel.Db.Column(Optional.of("name"), Optional.of(DType.STR), 10, 11),
        new Toplevel.Db.Column(Optional.of("age"), Optional.of(DType.INT), 20, 21));

    Canvas deletedByTypeId = ok(OpApplication.replay(c, List.of(), List.of(new Op.DeleteDBCol(5, 11))));
    assertThat(deletedByTypeId.dbs().live().get(5L).cols()).extracting(Toplevel.Db.Column::nameId).containsExactly(20L);
    Canvas deletedByNameId = ok(OpApplication.replay(c, List.of(), List.of(new Op.DeleteDBCol(5, 20))));
    assertThat(deletedByNameId.dbs().live().get(5L).cols()).extracting(Toplevel.Db.Column::nameId).containsExactly(10L);
  }

  @Test
  void anEmptyColumnNameUnsetsIt() {
    Canvas c = replay(List.of(new Op.CreateDB(5, P, "Users"), new Op.AddDBCol(5, 10, 11),
        new Op.SetDBColName(5, 10, "name"), new Op.SetDBColName(5, 10, "")));
    assertThat(c.dbs().live().get(5L).cols().get(0).name()).isEmpty();
  }

  @Test
  void anUnparseableColumnTypeIsRejected() {
    var ops = List.<Op>of(new Op.CreateDB(5, P, "Users"), new Op.AddDBCol(5, 10, 11), new Op.SetDBColType(5, 11, "Bogus"));
    assertThat(reason(OpApplication.replay(Canvas.empty(), List.of(), ops))).isEqualTo("Cannot parse col type");
  }

  @Test
  void dbOpsOnAMissingDbAreNoOps() {
    Canvas c = replay(List.of(new Op.AddDBCol(9, 1, 2), new Op.SetDBColName(9, 1, "x"), new Op.RenameDBname(9, "X"),
        new Op.DeleteDBCol(9, 1), new Op.MoveTL(9, P), new Op.DeleteTL(9)));
    assertThat(c).isEqualTo(Canvas.empty());
  }

  @Test
  void renameAndMoveChangeOnlyTheirField() {
    Canvas c = replay(List.of(new Op.CreateDB(5, P, "Users"), new Op.RenameDBname(5, "People"),
        new Op.MoveTL(5, new Position(9, 9)), setHttp(1, "/", 1), new Op.MoveTL(1, new Position(8, 8))));
    assertThat(c.dbs().live().get(5L)).isEqualTo(new Toplevel.Db(5, new Position(9, 9), "People", 5, 0, List.of()));
    assertThat(c.handlers().live().get(1L).pos()).isEqualTo(new Position(8, 8));
  }

  @Test
  void deleteTlMovesHandlersAndDbsButNotFunctionsOrTypes() {
    Canvas c = replay(List.of(setHttp(1, "/", 1), new Op.CreateDB(2, P, "D"), new Op.SetFunction(fn(3, "f")),
        new Op.SetType(type(4, "T")), new Op.DeleteTL(1), new Op.DeleteTL(2), new Op.DeleteTL(3), new Op.DeleteTL(4)));
    assertThat(c.handlers().deleted()).containsOnlyKeys(1L);
    assertThat(c.dbs().deleted()).containsOnlyKeys(2L);
    assertThat(c.functions().live()).containsOnlyKeys(3L);
    assertThat(c.types().live()).containsOnlyKeys(4L);
  }

  @Test
  void functionsAndTypesHaveTheirOwnDeletes() {
    Canvas c = replay(List.of(new Op.SetFunction(fn(3, "f")), new Op.SetType(type(4, "T")),
        new Op.DeleteFunction(3), new Op.DeleteType(4)));
    assertThat(c.functions().deleted()).containsOnlyKeys(3L);
    assertThat(c.types().deleted()).containsOnlyKeys(4L);
    assertThat(c.find(3)).contains(new Canvas.Found(fn(3, "f"), true));
  }

  @Test
  void setExprAndSavepointChangeNothing() {
    Canvas before = replay(List.of(setHttp(1, "/", 1)));
    Canvas after = ok(OpApplication.replay(before, List.of(),
        List.of(new Op.SetExpr(1, 100, new Expr.EInteger(100, 5)), new Op.TLSavepoint(1))));
    assertThat(after).isEqualTo(before);
  }

  @Test
  void twoLiveDbsWithTheSameNameAreRejectedListingTheNamesInOrder() {
    var ops = List.<Op>of(new Op.CreateDB(1, P, "b"), new Op.CreateDB(2, P, "b"),
        new Op.CreateDB(3, P, "a"), new Op.CreateDB(4, P, "a"), new Op.CreateDB(5, P, "c"));
    assertThat(reason(OpApplication.replay(Canvas.empty(), List.of(), ops))).isEqualTo("Duplicate DB names: a,b");
  }

  @Test
  void aDeletedDbFreesItsName() {
    Canvas c = replay(List.of(new Op.CreateDB(1, P, "a"), new Op.DeleteTL(1), new Op.CreateDB(2, P, "a")));
    assertThat(c.dbs().live()).containsOnlyKeys(2L);
  }

  @Test
  void userFunctionsBecomeProgramFunctionsWithUntypedParamsAcceptingAnything() {
    var program = fn(3, "f").toProgram();
    assertThat(program.name()).isEqualTo("f");
    assertThat(program.params().get(0).type()).isEqualTo(new DType.TVariable("a"));
    assertThat(program.returnType()).isEqualTo(DType.INT);
  }
}
