package umbra.domain.canvas;

import umbra.domain.syntax.TypeNames;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import umbra.domain.syntax.DType;

class OpPropertiesTest {
  private static final Position P = new Position(0, 0);

  @Test
  void onlyTheSafeOpsSurviveAStaleRequest() {
    List<Op> all = List.of(Fixtures.setHttp(1, "/", 1), new Op.CreateDB(1, P, "a"), new Op.AddDBCol(1, 2, 3),
        new Op.SetDBColName(1, 2, "n"), new Op.SetDBColType(1, 3, "Int"), new Op.DeleteTL(1), new Op.MoveTL(1, P),
        new Op.SetFunction(Fixtures.fn(1, "f")), new Op.ChangeDBColName(1, 2, "n"), new Op.ChangeDBColType(1, 3, "Int"),
        new Op.UndoTL(1), new Op.RedoTL(1), new Op.SetExpr(1, 1, new umbra.domain.syntax.Expr.EBlank(1)),
        new Op.TLSavepoint(1), new Op.DeleteFunction(1), new Op.DeleteDBCol(1, 2), new Op.RenameDBname(1, "b"),
        new Op.CreateDBWithBlankOr(1, P, 4, "c"), new Op.SetType(Fixtures.type(1, "T")), new Op.DeleteType(1));
    assertThat(all.stream().filter(Op::safeOutOfOrder).map(o -> o.getClass().getSimpleName()))
        .containsExactly("CreateDB", "AddDBCol", "SetDBColType", "DeleteTL", "DeleteFunction", "DeleteDBCol",
            "CreateDBWithBlankOr", "DeleteType");
    assertThat(all.stream().filter(Op::needsAllDatastores).map(o -> o.getClass().getSimpleName()))
        .containsExactly("SetDBColName", "ChangeDBColName", "UndoTL", "RedoTL", "RenameDBname", "CreateDBWithBlankOr");
    assertThat(all.stream().filter(o -> !o.hasEffect()).map(o -> o.getClass().getSimpleName()))
        .containsExactly("TLSavepoint");
  }

  @Test
  void columnTypesParseTheEditorsWords() {
    assertThat(TypeNames.parse("INTEGER")).contains(DType.INT);
    assertThat(TypeNames.parse("Boolean")).contains(DType.BOOL);
    assertThat(TypeNames.parse("obj")).contains(new DType.TDict(new DType.TVariable("a")));
    assertThat(TypeNames.parse("[Str]")).contains(new DType.TList(DType.STR));
    assertThat(TypeNames.parse("[url]")).contains(new DType.TList(DType.STR));
    assertThat(TypeNames.parse("[tuple]")).isEqualTo(Optional.empty());
    assertThat(TypeNames.parse("Strin")).isEmpty();
    assertThat(TypeNames.parse("")).isEmpty();
  }
}
