package umbra.handler.storage.codec;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import umbra.domain.canvas.CronInterval;
import umbra.domain.canvas.HandlerSpec;
import umbra.domain.canvas.Op;
import umbra.domain.canvas.Position;
import umbra.domain.canvas.Toplevel;
import umbra.domain.syntax.DType;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.FnName;
import umbra.domain.syntax.Pattern;

/** Generators covering every case of the stored types, with depth-bounded recursion. */
final class AstArbitraries {
  private AstArbitraries() {}

  /**
   * jqwik hashes arbitraries and does not cache the hash; a recursive generator that reuses a
   * sub-generator many times would hash exponentially. A lazy wrapper hashes by identity.
   */
  private static <T> Arbitrary<T> shared(Arbitrary<T> a) {
    return Arbitraries.lazy(() -> a);
  }

  static Arbitrary<Long> ids() {
    return Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.of(0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE));
  }

  /** Valid Unicode text: ASCII, accents, CJK, NUL, and astral characters (surrogate pairs, never lone halves). */
  static Arbitrary<String> text() {
    return TEXT;
  }

  private static final Arbitrary<String> TEXT = shared(textUnshared());

  private static Arbitrary<String> textUnshared() {
    Arbitrary<String> bmp = Arbitraries.strings().withCharRange('a', 'z').withChars("é日\u0000 /:%_\"\\\n").ofMaxLength(8);
    Arbitrary<String> astral = Arbitraries.of("😀", "👨‍👩‍👧", "𝔘");
    return Arbitraries.oneOf(bmp, astral, Combinators.combine(bmp, astral).as(String::concat));
  }

  static Arbitrary<FnName> fnNames() {
    return shared(fnNamesUnshared());
  }

  private static Arbitrary<FnName> fnNamesUnshared() {
    Arbitrary<Integer> version = Arbitraries.integers().between(0, 5);
    return Arbitraries.oneOf(
        Combinators.combine(text(), text(), version).as(FnName.Stdlib::new),
        text().map(FnName.User::new),
        Combinators.combine(text(), text(), text(), text(), version).as(FnName.Package::new));
  }

  static Arbitrary<DType> types(int depth) {
    Arbitrary<DType> leaf = Arbitraries.oneOf(
        Arbitraries.of(new DType.TInt(), new DType.TFloat(), new DType.TBool(), new DType.TNull(), new DType.TStr(),
            new DType.TChar(), new DType.TDate(), new DType.TPassword(), new DType.TUuid(), new DType.TBytes(),
            new DType.TIncomplete(), new DType.TError(), new DType.TErrorRail()),
        text().map(DType.TVariable::new),
        Combinators.combine(text(), Arbitraries.integers().between(0, 3)).as(DType.TUserType::new));
    if (depth == 0) return leaf;
    Arbitrary<DType> inner = shared(types(depth - 1));
    Arbitrary<List<DType>> list = shared(inner.list().ofMaxSize(2));
    return Arbitraries.oneOf(leaf,
        inner.map(DType.TList::new), inner.map(DType.TDict::new), inner.map(DType.TOption::new),
        inner.map(DType.THttpResponse::new), inner.map(DType.TDB::new),
        Combinators.combine(inner, inner).as(DType.TResult::new),
        Combinators.combine(inner, inner, list).as(DType.TTuple::new),
        Combinators.combine(list, inner).as(DType.TFn::new),
        Combinators.combine(text(), inner).as(DType.Field::new).list().ofMaxSize(2).map(DType.TRecord::new));
  }

  static Arbitrary<Pattern> patterns(int depth) {
    Arbitrary<Pattern> leaf = Arbitraries.oneOf(
        Combinators.combine(ids(), text()).as(Pattern.MPVariable::new),
        Combinators.combine(ids(), Arbitraries.longs()).as(Pattern.MPInteger::new),
        Combinators.combine(ids(), Arbitraries.of(true, false)).as(Pattern.MPBool::new),
        Combinators.combine(ids(), text()).as(Pattern.MPCharacter::new),
        Combinators.combine(ids(), text()).as(Pattern.MPString::new),
        Combinators.combine(ids(), Arbitraries.of(true, false), digits(), digits()).as(Pattern.MPFloat::new),
        ids().map(Pattern.MPNull::new),
        ids().map(Pattern.MPBlank::new));
    if (depth == 0) return leaf;
    Arbitrary<Pattern> inner = shared(patterns(depth - 1));
    return Arbitraries.oneOf(leaf,
        Combinators.combine(ids(), text(), inner.list().ofMaxSize(2)).as(Pattern.MPConstructor::new),
        Combinators.combine(ids(), inner, inner, inner.list().ofMaxSize(2)).as(Pattern.MPTuple::new));
  }

  private static Arbitrary<String> digits() {
    return Arbitraries.strings().numeric().ofMaxLength(6);
  }

  static Arbitrary<Expr> exprs(int depth) {
    Arbitrary<Expr> leaf = Arbitraries.oneOf(
        Combinators.combine(ids(), Arbitraries.longs()).as(Expr.EInteger::new),
        Combinators.combine(ids(), Arbitraries.of(true, false)).as(Expr.EBool::new),
        Combinators.combine(ids(), text()).as(Expr.EString::new),
        Combinators.combine(ids(), text()).as(Expr.ECharacter::new),
        Combinators.combine(ids(), Arbitraries.of(true, false), digits(), digits()).as(Expr.EFloat::new),
        ids().map(Expr.ENull::new), ids().map(Expr.EBlank::new), ids().map(Expr.EPipeTarget::new),
        Combinators.combine(ids(), text()).as(Expr.EVariable::new));
    if (depth == 0) return leaf;
    Arbitrary<Expr> e = shared(exprs(depth - 1));
    Arbitrary<List<Expr>> es = shared(e.list().ofMaxSize(2));
    Arbitrary<Expr.Rail> rail = Arbitraries.of(Expr.Rail.class);
    Arbitrary<FnName.Stdlib> op = Combinators.combine(text(), text(), Arbitraries.integers().between(0, 3))
        .as(FnName.Stdlib::new);
    return Arbitraries.oneOf(leaf,
        Combinators.combine(ids(), text(), e, e).as(Expr.ELet::new),
        Combinators.combine(ids(), e, e, e).as(Expr.EIf::new),
        Combinators.combine(ids(), op, e, e, rail).as(Expr.EBinOp::new),
        Combinators.combine(ids(), Combinators.combine(ids(), text()).as(Expr.LambdaParam::new).list().ofMaxSize(2), e)
            .as(Expr.ELambda::new),
        Combinators.combine(ids(), e, text()).as(Expr.EFieldAccess::new),
        Combinators.combine(ids(), fnNames(), es, rail).as(Expr.EFnCall::new),
        Combinators.combine(ids(), Arbitraries.of(Expr.PartialKind.class), text(), e).as(Expr.EPartial::new),
        Combinators.combine(ids(), es).as(Expr.EList::new),
        Combinators.combine(ids(), e, e, es).as(Expr.ETuple::new),
        Combinators.combine(ids(), Combinators.combine(text(), e).as(Expr.Field::new).list().ofMaxSize(2))
            .as(Expr.ERecord::new),
        Combinators.combine(ids(), e, es).as(Expr.EPipe::new),
        Combinators.combine(ids(), text(), es).as(Expr.EConstructor::new),
        Combinators.combine(ids(), e, Combinators.combine(shared(patterns(1)), e).as(Expr.MatchCase::new).list().ofMaxSize(2))
            .as(Expr.EMatch::new),
        Combinators.combine(ids(), text(), e, e, e).as(Expr.EFeatureFlag::new));
  }

  static Arbitrary<Position> positions() {
    return Combinators.combine(Arbitraries.integers(), Arbitraries.integers()).as(Position::new);
  }

  static Arbitrary<HandlerSpec> specs() {
    Arbitrary<HandlerSpec.Ids> ids = Combinators.combine(ids(), ids(), ids()).as(HandlerSpec.Ids::new);
    Arbitrary<Optional<CronInterval>> interval = Arbitraries.of(CronInterval.class).optional();
    return Arbitraries.oneOf(
        Combinators.combine(text(), text(), ids).as(HandlerSpec.Http::new),
        Combinators.combine(text(), text(), ids).as(HandlerSpec.HttpBasic::new),
        Combinators.combine(text(), ids).as(HandlerSpec.Worker::new),
        Combinators.combine(text(), text(), ids).as(HandlerSpec.OldWorker::new),
        Combinators.combine(text(), interval, ids).as(HandlerSpec.Cron::new),
        Combinators.combine(text(), ids).as(HandlerSpec.Repl::new),
        Combinators.combine(text(), text(), ids).as(HandlerSpec.UnknownHandler::new));
  }

  static Arbitrary<Toplevel.Handler> handlers() {
    return Combinators.combine(ids(), positions(), exprs(3), specs()).as(Toplevel.Handler::new);
  }

  static Arbitrary<Toplevel.Db> dbs() {
    var column = Combinators.combine(text().optional(), types(2).optional(), ids(), ids()).as(Toplevel.Db.Column::new);
    return Combinators.combine(ids(), positions(), text(), ids(), Arbitraries.integers().between(0, 2),
        column.list().ofMaxSize(3)).as(Toplevel.Db::new);
  }

  static Arbitrary<Toplevel.UserFn> userFns() {
    var param = Combinators.combine(text(), ids(), types(2).optional(), ids(), text()).as(Toplevel.UserFn.Param::new);
    return Combinators.combine(ids(), text(), ids(), param.list().ofMaxSize(3), types(2), ids(), text(),
        Arbitraries.of(true, false)).flatAs((tlid, name, nameId, params, ret, retId, doc, infix) ->
            exprs(3).map(body -> new Toplevel.UserFn(tlid, name, nameId, params, ret, retId, doc, infix, body)));
  }

  static Arbitrary<Toplevel.UserType> userTypes() {
    var field = Combinators.combine(text(), types(2).optional(), ids(), ids()).as(Toplevel.UserType.Field::new);
    return Combinators.combine(ids(), text(), ids(), Arbitraries.integers().between(0, 3), field.list().ofMaxSize(3))
        .as(Toplevel.UserType::new);
  }

  static Arbitrary<Toplevel> toplevels() {
    return Arbitraries.oneOf(handlers(), dbs(), userFns(), userTypes());
  }

  static Arbitrary<Op> ops() {
    Arbitrary<Long> t = ids();
    return Arbitraries.oneOf(
        Combinators.combine(t, positions(), handlers()).as(Op.SetHandler::new),
        Combinators.combine(t, positions(), text()).as(Op.CreateDB::new),
        Combinators.combine(t, ids(), ids()).as(Op.AddDBCol::new),
        Combinators.combine(t, ids(), text()).as(Op.SetDBColName::new),
        Combinators.combine(t, ids(), text()).as(Op.SetDBColType::new),
        t.map(Op.DeleteTL::new),
        Combinators.combine(t, positions()).as(Op.MoveTL::new),
        userFns().map(Op.SetFunction::new),
        Combinators.combine(t, ids(), text()).as(Op.ChangeDBColName::new),
        Combinators.combine(t, ids(), text()).as(Op.ChangeDBColType::new),
        t.map(Op.UndoTL::new), t.map(Op.RedoTL::new),
        Combinators.combine(t, ids(), exprs(3)).as(Op.SetExpr::new),
        t.map(Op.TLSavepoint::new), t.map(Op.DeleteFunction::new),
        Combinators.combine(t, ids()).as(Op.DeleteDBCol::new),
        Combinators.combine(t, text()).as(Op.RenameDBname::new),
        Combinators.combine(t, positions(), ids(), text()).as(Op.CreateDBWithBlankOr::new),
        userTypes().map(Op.SetType::new),
        t.map(Op.DeleteType::new));
  }
}
