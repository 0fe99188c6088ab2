package umbra.domain.eval;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import umbra.domain.program.UserFunction;
import umbra.domain.stdlib.Builtin;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.FnName;

/**
 * Turns {@code Expr}s into {@link Node}s for one evaluation ({@link CompilePass}): function names
 * resolved to their {@link Callee}, literals built once, and each node marked direct or not. The
 * expression's meaning is unchanged; only the work of finding it moves from every evaluation of
 * a node to its compilation. Everything compiled is kept for the rest of the evaluation.
 */
final class Compiler {
  private final ExecutionState state;
  private final Map<FnName, Callee> callees = new HashMap<>();
  private final Purity purity = new Purity(this::callee);
  /** Lambda bodies by identity: a {@code DLambda} carries its body as an {@code Expr}. */
  private final Map<Expr, Node> lambdaBodies = new IdentityHashMap<>();
  private Expr lastLambdaBody;
  private Node lastLambdaNode;

  Compiler(ExecutionState state) { this.state = state; }

  /** The code the machine runs, where calls of pure user functions are direct. */
  CompilePass direct() { return new CompilePass(this, true, state.tlid()); }

  /** The same code with every user-function call on the machine: for deep recursion (see {@link Calls}). */
  CompilePass onMachine() { return new CompilePass(this, false, state.tlid()); }

  Node compile(Expr e) { return direct().compile(e); }

  /** The function a name calls in this evaluation. */
  Callee callee(FnName name) { return callees.computeIfAbsent(name, this::resolve); }

  boolean pure(Callee.User f) { return purity.pure(f); }

  /** The compiled body of a lambda; the same lambda is usually applied many times in a row. */
  Node lambdaBody(Expr body) {
    if (body != lastLambdaBody) {
      lastLambdaNode = lambdaBodies.computeIfAbsent(body, this::compile);
      lastLambdaBody = body;
    }
    return lastLambdaNode;
  }

  private Callee resolve(FnName name) {
    Builtin builtin = null;
    UserFunction user = null;
    switch (name) {
      case FnName.Stdlib s -> builtin = state.builtins().get(s);
      case FnName.User u -> user = state.userFunctions().get(u.name());
      case FnName.Package p -> user = state.packageFunctions().get(p);
    }
    if (builtin != null) return new Callee.Stdlib(builtin);
    if (user != null) return new Callee.User(name, user, this);
    return new Callee.Unknown(name);
  }
}
