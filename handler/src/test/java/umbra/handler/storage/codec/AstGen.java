package umbra.handler.storage.codec;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import umbra.domain.canvas.CronInterval;
import umbra.domain.canvas.HandlerSpec;
import umbra.domain.canvas.Op;
import umbra.domain.canvas.Position;
import umbra.domain.canvas.Toplevel;
import umbra.domain.syntax.DType;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.FnName;
import umbra.domain.syntax.Pattern;
import umbra.testing.Gen;

/**
 * Generators (for {@link umbra.testing.Property}) reaching every case of the stored types, with
 * depth-bounded recursion: at depth 0 only leaves.
 */
public final class AstGen {
  private AstGen() {}

  public static long id(Random r) {
    return switch (r.nextInt(6)) {
      case 0 -> 0;
      case 1 -> -1;
      case 2 -> Long.MAX_VALUE;
      case 3 -> Long.MIN_VALUE;
      default -> r.nextLong();
    };
  }

  /** Valid Unicode text (any scalar value, never a lone surrogate), sometimes empty. */
  public static String text(Random r) {
    return r.nextInt(8) == 0 ? "" : Gen.string(r, 8);
  }

  public static <T> Optional<T> optional(Random r, Function<Random, T> gen) {
    return r.nextBoolean() ? Optional.of(gen.apply(r)) : Optional.empty();
  }

  public static <T> List<T> few(Random r, Function<Random, T> gen) {
    return Gen.list(r, 0, 2, gen);
  }

  public static FnName fnName(Random r) {
    int version = r.nextInt(5);
    return switch (r.nextInt(3)) {
      case 0 -> new FnName.Stdlib(text(r), text(r), version);
      case 1 -> new FnName.User(text(r));
      default -> new FnName.Package(text(r), text(r), text(r), text(r), version);
    };
  }

  public static DType type(Random r, int depth) {
    int cases = depth == 0 ? 15 : 24;
    Function<Random, DType> inner = x -> type(x, depth - 1);
    return switch (r.nextInt(cases)) {
      case 0 -> new DType.TInt();
      case 1 -> new DType.TFloat();
      case 2 -> new DType.TBool();
      case 3 -> new DType.TNull();
      case 4 -> new DType.TStr();
      case 5 -> new DType.TChar();
      case 6 -> new DType.TDate();
      case 7 -> new DType.TPassword();
      case 8 -> new DType.TUuid();
      case 9 -> new DType.TBytes();
      case 10 -> new DType.TIncomplete();
      case 11 -> new DType.TError();
      case 12 -> new DType.TErrorRail();
      case 13 -> new DType.TVariable(text(r));
      case 14 -> new DType.TUserType(text(r), r.nextInt(4));
      case 15 -> new DType.TList(inner.apply(r));
      case 16 -> new DType.TDict(inner.apply(r));
      case 17 -> new DType.TOption(inner.apply(r));
      case 18 -> new DType.THttpResponse(inner.apply(r));
      case 19 -> new DType.TDB(inner.apply(r));
      case 20 -> new DType.TResult(inner.apply(r), inner.apply(r));
      case 21 -> new DType.TTuple(inner.apply(r), inner.apply(r), few(r, inner));
      case 22 -> new DType.TFn(few(r, inner), inner.apply(r));
      default -> new DType.TRecord(few(r, x -> new DType.Field(text(x), inner.apply(x))));
    };
  }

  public static Pattern pattern(Random r, int depth) {
    Function<Random, Pattern> inner = x -> pattern(x, depth - 1);
    return switch (r.nextInt(depth == 0 ? 8 : 10)) {
      case 0 -> new Pattern.MPVariable(id(r), text(r));
      case 1 -> new Pattern.MPInteger(id(r), r.nextLong());
      case 2 -> new Pattern.MPBool(id(r), r.nextBoolean());
      case 3 -> new Pattern.MPCharacter(id(r), text(r));
      case 4 -> new Pattern.MPString(id(r), text(r));
      case 5 -> new Pattern.MPFloat(id(r), r.nextBoolean(), Gen.digits(r, 0, 6), Gen.digits(r, 0, 6));
      case 6 -> new Pattern.MPNull(id(r));
      case 7 -> new Pattern.MPBlank(id(r));
      case 8 -> new Pattern.MPConstructor(id(r), text(r), few(r, inner));
      default -> new Pattern.MPTuple(id(r), inner.apply(r), inner.apply(r), few(r, inner));
    };
  }

  public static Expr expr(Random r, int depth) {
    Function<Random, Expr> e = x -> expr(x, depth - 1);
    Expr.Rail rail = Gen.oneOf(r, Expr.Rail.values());
    return switch (r.nextInt(depth == 0 ? 9 : 23)) {
      case 0 -> new Expr.EInteger(id(r), r.nextLong());
      case 1 -> new Expr.EBool(id(r), r.nextBoolean());
      case 2 -> new Expr.EString(id(r), text(r));
      case 3 -> new Expr.ECharacter(id(r), text(r));
      case 4 -> new Expr.EFloat(id(r), r.nextBoolean(), Gen.digits(r, 0, 6), Gen.digits(r, 0, 6));
      case 5 -> new Expr.ENull(id(r));
      case 6 -> new Expr.EBlank(id(r));
      case 7 -> new Expr.EPipeTarget(id(r));
      case 8 -> new Expr.EVariable(id(r), text(r));
      case 9 -> new Expr.ELet(id(r), text(r), e.apply(r), e.apply(r));
      case 10 -> new Expr.EIf(id(r), e.apply(r), e.apply(r), e.apply(r));
      case 11 -> new Expr.EBinOp(id(r), new FnName.Stdlib(text(r), text(r), r.nextInt(3)), e.apply(r), e.apply(r), rail);
      case 12 -> new Expr.ELambda(id(r), few(r, x -> new Expr.LambdaParam(id(x), text(x))), e.apply(r));
      case 13 -> new Expr.EFieldAccess(id(r), e.apply(r), text(r));
      case 14 -> new Expr.EFnCall(id(r), fnName(r), few(r, e), rail);
      case 15 -> new Expr.EPartial(id(r), Gen.oneOf(r, Expr.PartialKind.values()), text(r), e.apply(r));
      case 16 -> new Expr.EList(id(r), few(r, e));
      case 17 -> new Expr.ETuple(id(r), e.apply(r), e.apply(r), few(r, e));
      case 18 -> new Expr.ERecord(id(r), few(r, x -> new Expr.Field(text(x), e.apply(x))));
      case 19 -> new Expr.EPipe(id(r), e.apply(r), few(r, e));
      case 20 -> new Expr.EConstructor(id(r), text(r), few(r, e));
      case 21 -> new Expr.EMatch(id(r), e.apply(r), few(r, x -> new Expr.MatchCase(pattern(x, 2), e.apply(x))));
      default -> new Expr.EFeatureFlag(id(r), text(r), e.apply(r), e.apply(r), e.apply(r));
    };
  }

  public static Position position(Random r) {
    return new Position(r.nextInt(), r.nextInt());
  }

  public static HandlerSpec spec(Random r) {
    var ids = new HandlerSpec.Ids(id(r), id(r), id(r));
    return switch (r.nextInt(7)) {
      case 0 -> new HandlerSpec.Http(text(r), text(r), ids);
      case 1 -> new HandlerSpec.HttpBasic(text(r), text(r), ids);
      case 2 -> new HandlerSpec.Worker(text(r), ids);
      case 3 -> new HandlerSpec.OldWorker(text(r), text(r), ids);
      case 4 -> new HandlerSpec.Cron(text(r), optional(r, x -> Gen.oneOf(x, CronInterval.values())), ids);
      case 5 -> new HandlerSpec.Repl(text(r), ids);
      default -> new HandlerSpec.UnknownHandler(text(r), text(r), ids);
    };
  }

  public static Toplevel.Handler handler(Random r) {
    return new Toplevel.Handler(id(r), position(r), expr(r, 3), spec(r));
  }

  public static Toplevel.Db db(Random r) {
    return new Toplevel.Db(id(r), position(r), text(r), id(r), r.nextInt(3), Gen.list(r, 0, 3,
        x -> new Toplevel.Db.Column(optional(x, AstGen::text), optional(x, y -> type(y, 2)), id(x), id(x))));
  }

  public static Toplevel.UserFn userFn(Random r) {
    var params = Gen.list(r, 0, 3,
        x -> new Toplevel.UserFn.Param(text(x), id(x), optional(x, y -> type(y, 2)), id(x), text(x)));
    return new Toplevel.UserFn(id(r), text(r), id(r), params, type(r, 2), id(r), text(r), r.nextBoolean(), expr(r, 3));
  }

  public static Toplevel.UserType userType(Random r) {
    return new Toplevel.UserType(id(r), text(r), id(r), r.nextInt(4), Gen.list(r, 0, 3,
        x -> new Toplevel.UserType.Field(text(x), optional(x, y -> type(y, 2)), id(x), id(x))));
  }

  public static Toplevel toplevel(Random r) {
    return switch (r.nextInt(4)) {
      case 0 -> handler(r);
      case 1 -> db(r);
      case 2 -> userFn(r);
      default -> userType(r);
    };
  }

  public static Op op(Random r) {
    long t = id(r);
    return switch (r.nextInt(20)) {
      case 0 -> new Op.SetHandler(t, position(r), handler(r));
      case 1 -> new Op.CreateDB(t, position(r), text(r));
      case 2 -> new Op.AddDBCol(t, id(r), id(r));
      case 3 -> new Op.SetDBColName(t, id(r), text(r));
      case 4 -> new Op.SetDBColType(t, id(r), text(r));
      case 5 -> new Op.DeleteTL(t);
      case 6 -> new Op.MoveTL(t, position(r));
      case 7 -> new Op.SetFunction(userFn(r));
      case 8 -> new Op.ChangeDBColName(t, id(r), text(r));
      case 9 -> new Op.ChangeDBColType(t, id(r), text(r));
      case 10 -> new Op.UndoTL(t);
      case 11 -> new Op.RedoTL(t);
      case 12 -> new Op.SetExpr(t, id(r), expr(r, 3));
      case 13 -> new Op.TLSavepoint(t);
      case 14 -> new Op.DeleteFunction(t);
      case 15 -> new Op.DeleteDBCol(t, id(r));
      case 16 -> new Op.RenameDBname(t, text(r));
      case 17 -> new Op.CreateDBWithBlankOr(t, position(r), id(r), text(r));
      case 18 -> new Op.SetType(userType(r));
      default -> new Op.DeleteType(t);
    };
  }
}
