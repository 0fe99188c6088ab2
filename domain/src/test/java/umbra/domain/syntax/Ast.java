package umbra.domain.syntax;

import java.util.Arrays;
import java.util.List;
import umbra.domain.syntax.Expr.*;
import umbra.domain.syntax.Pattern.*;

/** Expected trees for parser tests, all ids 0 (compare with {@link Ids#zeroed}). */
final class Ast {
  private Ast() {}

  static Expr i(long v) { return new EInteger(0, v); }
  static Expr str(String s) { return new EString(0, s); }
  static Expr chr(String s) { return new ECharacter(0, s); }
  static Expr bool(boolean b) { return new EBool(0, b); }
  static Expr flt(boolean negative, String whole, String fraction) { return new EFloat(0, negative, whole, fraction); }
  static Expr var(String name) { return new EVariable(0, name); }
  static Expr blank() { return new EBlank(0); }
  static Expr nul() { return new ENull(0); }
  static Expr pipeTarget() { return new EPipeTarget(0); }

  static Expr bin(String op, Expr left, Expr right) {
    return new EBinOp(0, FnName.stdlib("", op, 0), left, right, Rail.NO_RAIL);
  }

  static Expr std(String module, String fn, int version, Expr... args) {
    return new EFnCall(0, FnName.stdlib(module, fn, version), List.of(args), Rail.NO_RAIL);
  }

  static Expr stdRail(String module, String fn, int version, Expr... args) {
    return new EFnCall(0, FnName.stdlib(module, fn, version), List.of(args), Rail.RAIL);
  }

  static Expr user(String name, Expr... args) {
    return new EFnCall(0, new FnName.User(name), List.of(args), Rail.NO_RAIL);
  }

  static Expr userRail(String name, Expr... args) {
    return new EFnCall(0, new FnName.User(name), List.of(args), Rail.RAIL);
  }

  static Expr pkg(String fn, Rail rail, Expr... args) {
    return new EFnCall(0, new FnName.Package("test", "test", "Test", fn, 0), List.of(args), rail);
  }

  static Expr let(String name, Expr rhs, Expr body) { return new ELet(0, name, rhs, body); }
  static Expr ifE(Expr c, Expr t, Expr e) { return new EIf(0, c, t, e); }

  static Expr lambda(List<String> params, Expr body) {
    return new ELambda(0, params.stream().map(p -> new LambdaParam(0, p)).toList(), body);
  }

  static Expr field(Expr record, String name) { return new EFieldAccess(0, record, name); }
  static Expr list(Expr... items) { return new EList(0, List.of(items)); }

  static Expr tuple(Expr first, Expr second, Expr... rest) {
    return new ETuple(0, first, second, List.of(rest));
  }

  /** Alternating names and values. */
  static Expr record(Object... nameValues) {
    List<Field> fields = new java.util.ArrayList<>();
    for (int k = 0; k < nameValues.length; k += 2) fields.add(new Field((String) nameValues[k], (Expr) nameValues[k + 1]));
    return new ERecord(0, fields);
  }

  static Expr pipe(Expr first, Expr... steps) { return new EPipe(0, first, List.of(steps)); }
  static Expr ctor(String name, Expr... args) { return new EConstructor(0, name, List.of(args)); }
  static Expr partial(String text, Expr old) { return new EPartial(0, PartialKind.PARTIAL, text, old); }
  static Expr flag(String name, Expr c, Expr o, Expr n) { return new EFeatureFlag(0, name, c, o, n); }

  static Expr match(Expr scrutinee, Object... patternBodies) {
    List<MatchCase> cases = new java.util.ArrayList<>();
    for (int k = 0; k < patternBodies.length; k += 2) {
      cases.add(new MatchCase((Pattern) patternBodies[k], (Expr) patternBodies[k + 1]));
    }
    return new EMatch(0, scrutinee, cases);
  }

  static Pattern pv(String name) { return new MPVariable(0, name); }
  static Pattern pi(long v) { return new MPInteger(0, v); }
  static Pattern ps(String s) { return new MPString(0, s); }
  static Pattern pb(boolean b) { return new MPBool(0, b); }
  static Pattern pf(boolean negative, String whole, String fraction) { return new MPFloat(0, negative, whole, fraction); }
  static Pattern pnull() { return new MPNull(0); }
  static Pattern pblank() { return new MPBlank(0); }
  static Pattern pc(String name, Pattern... args) { return new MPConstructor(0, name, Arrays.asList(args)); }

  static Pattern pt(Pattern first, Pattern second, Pattern... rest) {
    return new MPTuple(0, first, second, List.of(rest));
  }
}
