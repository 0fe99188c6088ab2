package umbra.handler.storage.codec;

import java.util.List;
import java.util.Optional;
import umbra.domain.canvas.CronInterval;
import umbra.domain.canvas.HandlerSpec;
import umbra.domain.canvas.Op;
import umbra.domain.canvas.Position;
import umbra.domain.canvas.Toplevel;
import umbra.domain.syntax.DType;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.FnName;
import umbra.domain.syntax.Pattern;

/**
 * A fixed canvas history using every case of every stored type once or more. Its bytes are
 * committed; {@link GoldenBytesTest} checks it uses every case, so a new case forces a new sample.
 */
final class GoldenSample {
  private GoldenSample() {}

  static final Position POS = new Position(-12, 340);
  static final HandlerSpec.Ids IDS = new HandlerSpec.Ids(11, 12, 13);

  static Expr body() {
    Pattern patterns = new Pattern.MPTuple(40, new Pattern.MPConstructor(41, "Just", List.of(new Pattern.MPVariable(42, "x"))),
        new Pattern.MPInteger(43, -7), List.of(new Pattern.MPBool(44, true), new Pattern.MPCharacter(45, "ü"),
            new Pattern.MPString(46, "s😀"), new Pattern.MPFloat(47, true, "1", "05"), new Pattern.MPNull(48),
            new Pattern.MPBlank(49)));
    Expr fnCalls = new Expr.EList(30, List.of(
        new Expr.EFnCall(31, new FnName.Stdlib("Int", "add", 0), List.of(new Expr.EInteger(32, Long.MIN_VALUE)), Expr.Rail.NO_RAIL),
        new Expr.EFnCall(33, new FnName.User("myFn"), List.of(), Expr.Rail.RAIL),
        new Expr.EFnCall(34, new FnName.Package("dark", "stdlib", "Twitter", "post", 2), List.of(), Expr.Rail.NO_RAIL)));
    Expr partials = new Expr.ETuple(50, new Expr.EPartial(51, Expr.PartialKind.PARTIAL, "Str", new Expr.EBlank(52)),
        new Expr.EPartial(53, Expr.PartialKind.RIGHT, "++", new Expr.EString(54, "a")),
        List.of(new Expr.EPartial(55, Expr.PartialKind.LEFT, "if", new Expr.ENull(56))));
    Expr pipe = new Expr.EPipe(60, new Expr.EBool(61, false),
        List.of(new Expr.EFnCall(62, new FnName.Stdlib("", "toString", 0), List.of(new Expr.EPipeTarget(63)), Expr.Rail.NO_RAIL)));
    Expr record = new Expr.ERecord(70, List.of(new Expr.Field("a", new Expr.EFloat(71, false, "3", "14")),
        new Expr.Field("", new Expr.ECharacter(72, "é"))));
    Expr lambda = new Expr.ELambda(80, List.of(new Expr.LambdaParam(81, "v")),
        new Expr.EBinOp(82, new FnName.Stdlib("", "+", 0), new Expr.EVariable(83, "v"), new Expr.EInteger(84, 1), Expr.Rail.NO_RAIL));
    Expr match = new Expr.EMatch(90, new Expr.EConstructor(91, "Just", List.of(new Expr.EInteger(92, 3))),
        List.of(new Expr.MatchCase(patterns, new Expr.EFieldAccess(93, record, "a"))));
    Expr flag = new Expr.EFeatureFlag(95, "flag", new Expr.EBool(96, true), pipe, partials);
    Expr ifs = new Expr.EIf(97, new Expr.EBool(98, true), fnCalls, lambda);
    return new Expr.ELet(20, "x", match, new Expr.ELet(21, "y", flag, ifs));
  }

  static List<DType> allTypes() {
    return List.of(new DType.TInt(), new DType.TFloat(), new DType.TBool(), new DType.TNull(), new DType.TStr(),
        new DType.TChar(), new DType.TDate(), new DType.TPassword(), new DType.TUuid(), new DType.TBytes(),
        new DType.TIncomplete(), new DType.TError(), new DType.TErrorRail(), new DType.TList(DType.INT),
        new DType.TDict(DType.STR), new DType.TOption(DType.BOOL), new DType.TResult(DType.INT, DType.STR),
        new DType.THttpResponse(new DType.TVariable("a")), new DType.TDB(new DType.TUserType("Person", 1)),
        new DType.TTuple(DType.INT, DType.FLOAT, List.of(DType.STR)), new DType.TFn(List.of(DType.INT), DType.BOOL),
        new DType.TRecord(List.of(new DType.Field("name", DType.STR))));
  }

  static Toplevel.UserFn function() {
    List<Toplevel.UserFn.Param> params = new java.util.ArrayList<>();
    long id = 200;
    for (DType t : allTypes()) params.add(new Toplevel.UserFn.Param("p" + id, id++, Optional.of(t), id++, "a param"));
    params.add(new Toplevel.UserFn.Param("untyped", 300, Optional.empty(), 301, ""));
    return new Toplevel.UserFn(3, "myFn", 302, params, new DType.TList(DType.STR), 303, "does things", false, body());
  }

  static Toplevel.UserType userType() {
    return new Toplevel.UserType(4, "Person", 400, 1, List.of(
        new Toplevel.UserType.Field("name", Optional.of(DType.STR), 401, 402),
        new Toplevel.UserType.Field("", Optional.empty(), 403, 404)));
  }

  static Toplevel.Handler handler(long tlid, HandlerSpec spec) {
    return new Toplevel.Handler(tlid, POS, body(), spec);
  }

  static List<HandlerSpec> allSpecs() {
    return List.of(new HandlerSpec.Http("/users/:id", "GET", IDS), new HandlerSpec.HttpBasic("/raw", "POST", IDS),
        new HandlerSpec.Worker("mail", IDS), new HandlerSpec.OldWorker("JOBS", "old", IDS),
        new HandlerSpec.Cron("nightly", Optional.of(CronInterval.EVERY_12_HOURS), IDS),
        new HandlerSpec.Cron("unset", Optional.empty(), IDS), new HandlerSpec.Repl("play", IDS),
        new HandlerSpec.UnknownHandler("what", "", IDS));
  }

  static Toplevel.Db db() {
    return new Toplevel.Db(2, POS, "Users", 2, 0, List.of(
        new Toplevel.Db.Column(Optional.of("name"), Optional.of(DType.STR), 500, 501),
        new Toplevel.Db.Column(Optional.empty(), Optional.empty(), 502, 503)));
  }

  static List<Op> ops() {
    List<Op> ops = new java.util.ArrayList<>();
    long tlid = 100;
    for (HandlerSpec spec : allSpecs()) ops.add(new Op.SetHandler(tlid, POS, handler(tlid++, spec)));
    ops.addAll(List.of(
        new Op.CreateDB(2, POS, "Users"), new Op.AddDBCol(2, 500, 501), new Op.SetDBColName(2, 500, "name"),
        new Op.SetDBColType(2, 501, "Str"), new Op.ChangeDBColName(2, 500, "fullName"),
        new Op.ChangeDBColType(2, 501, "[str]"), new Op.DeleteDBCol(2, 501), new Op.RenameDBname(2, "People"),
        new Op.CreateDBWithBlankOr(5, POS, 600, "Blank"), new Op.MoveTL(2, new Position(1, 1)),
        new Op.TLSavepoint(3), new Op.SetFunction(function()), new Op.UndoTL(3), new Op.RedoTL(3),
        new Op.SetExpr(3, 20, new Expr.EInteger(20, 1)), new Op.DeleteFunction(3), new Op.SetType(userType()),
        new Op.DeleteType(4), new Op.DeleteTL(2)));
    return ops;
  }

  static List<Toplevel> toplevels() {
    return List.of(handler(100, allSpecs().get(0)), db(), function(), userType());
  }
}
