package umbra.domain.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import umbra.domain.program.UserFunction;
import umbra.domain.stdlib.Builtin;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.Expr.*;
import umbra.domain.syntax.FnName;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.domain.value.ErrorSource;
import umbra.domain.value.Nfc;

/**
 * Turns {@code Expr}s into {@link Node}s for one evaluation: function names resolved to their
 * {@link Callee}, literals built once, and each node marked direct or not. The expression's meaning
 * is unchanged; only the work of finding it moves from every evaluation of a node to its compilation.
 *
 * <p>Compiling recurses over the tree, so it stops {@link #MAX_DEPTH} levels down and leaves a
 * {@link Nodes.Lazy} node that compiles the rest when first reached. That bounds both the
 * compiler's Java stack and the height of every direct subtree (a lazy node is never direct):
 * however deep the program, the machine never needs a deep Java stack.
 */
final class Compiler {
  static final int MAX_DEPTH = 48;

  private final ExecutionState state;
  private final Map<FnName, Callee> callees = new HashMap<>();
  /** Lambda bodies by identity: a {@code DLambda} carries its body as an {@code Expr}. */
  private final Map<Expr, Node> lambdaBodies = new IdentityHashMap<>();
  private Expr lastLambdaBody;
  private Node lastLambdaNode;

  Compiler(ExecutionState state) { this.state = state; }

  Node compile(Expr e) { return compile(e, 0); }

  /** The function a name calls in this evaluation. */
  Callee callee(FnName name) { return callees.computeIfAbsent(name, this::resolve); }

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

  private Node compile(Expr e, int depth) {
    if (depth > MAX_DEPTH) return new Nodes.Lazy(e, this);
    int d = depth + 1;
    return switch (e) {
      case EInteger i -> new Nodes.Const(i.id(), new DInt(i.value()), true);
      case EBool b -> new Nodes.Const(b.id(), DBool.of(b.value()), true);
      case EString s -> new Nodes.Const(s.id(), new DStr(Nfc.normalize(s.value())), true);
      case ECharacter c -> new Nodes.Const(c.id(), new DChar(c.value()), true);
      case EFloat f -> new Nodes.Const(f.id(), new DFloat(f.toDouble()), true);
      case ENull n -> new Nodes.Const(n.id(), Dval.NULL, true);
      case EBlank b -> new Nodes.Const(b.id(), new DIncomplete(source(b.id())), true);
      case EPipeTarget t -> new Nodes.Const(t.id(),
          new DError(source(t.id()), "Internal error: a pipe placeholder outside a pipe"), false);
      case EVariable v -> new Nodes.Var(v.id(), v.name());
      case ELet l -> new Nodes.Let(l.id(), l.name(), compile(l.rhs(), d), compile(l.body(), d));
      case EIf i -> new Nodes.If(i.id(), compile(i.cond(), d), compile(i.thenExpr(), d), compile(i.elseExpr(), d));
      case EFeatureFlag f -> new Nodes.Flag(f.id(), compile(f.cond(), d), compile(f.oldExpr(), d), compile(f.newExpr(), d));
      case ELambda l -> lambda(l);
      case EFieldAccess f -> new Structures.Field(f.id(), compile(f.record(), d), f.field());
      case EFnCall c -> new CallNode(c.id(), callee(c.name()), all(c.args(), d), false, c.rail());
      case EBinOp b -> new CallNode(b.id(), callee(b.op()), all(List.of(b.left(), b.right()), d), false, b.rail());
      case EPartial p -> new Nodes.Partial(p.id(), compile(p.old(), d));
      case EList l -> new Structures.Collection(l.id(), Structures.Collection.Kind.LIST, all(l.items(), d), null);
      case ETuple t -> tuple(t, d);
      case ERecord r -> record(r, d);
      case EPipe p -> pipe(p, d);
      case EConstructor c -> constructor(c, d);
      case EMatch m -> match(m, d);
    };
  }

  private Node[] all(List<Expr> exprs, int depth) {
    Node[] nodes = new Node[exprs.size()];
    for (int i = 0; i < nodes.length; i++) nodes[i] = compile(exprs.get(i), depth);
    return nodes;
  }

  /** Unnamed parameters are dropped when the closure is made (A.7.7). */
  private Node lambda(ELambda l) {
    var params = new ArrayList<LambdaParam>(l.params().size());
    for (var p : l.params()) {
      if (!p.name().isEmpty()) params.add(p);
    }
    return new Nodes.Lambda(l.id(), List.copyOf(params), l.body());
  }

  private Node tuple(ETuple t, int depth) {
    var items = new ArrayList<Expr>(2 + t.rest().size());
    items.add(t.first());
    items.add(t.second());
    items.addAll(t.rest());
    return new Structures.Collection(t.id(), Structures.Collection.Kind.TUPLE, all(items, depth), null);
  }

  private Node record(ERecord r, int depth) {
    var names = new String[r.fields().size()];
    var values = new ArrayList<Expr>(names.length);
    for (int i = 0; i < names.length; i++) {
      names[i] = r.fields().get(i).name();
      values.add(r.fields().get(i).value());
    }
    return new Structures.Collection(r.id(), Structures.Collection.Kind.RECORD, all(values, depth), names);
  }

  private Node pipe(EPipe p, int depth) {
    Node[] steps = new Node[p.steps().size()];
    for (int i = 0; i < steps.length; i++) steps[i] = pipeStep(p.steps().get(i), depth);
    return new Pipes.Pipe(p.id(), compile(p.first(), depth), steps);
  }

  /** A.7.10: a call with the placeholder first receives the piped value there; a blank passes it on. */
  private Node pipeStep(Expr written, int depth) {
    Expr step = written;
    while (step instanceof EPartial p) step = p.old(); // a partial step is what it wraps, no step of its own
    return switch (step) {
      case EFnCall c when !c.args().isEmpty() && c.args().get(0) instanceof EPipeTarget ->
          new CallNode(c.id(), callee(c.name()), all(c.args().subList(1, c.args().size()), depth), true, c.rail());
      case EBinOp b when b.left() instanceof EPipeTarget ->
          new CallNode(b.id(), callee(b.op()), all(List.of(b.right()), depth), true, b.rail());
      case EBlank b -> new Pipes.Blank(b.id());
      default -> compile(step, depth);
    };
  }

  private Node constructor(EConstructor c, int depth) {
    String name = c.name();
    int arity = c.args().size();
    if (name.equals("Nothing") && arity == 0) return new Nodes.Const(c.id(), Dval.NOTHING, true);
    if ((name.equals("Just") || name.equals("Ok") || name.equals("Error")) && arity == 1) {
      return new Nodes.Construct(c.id(), name, compile(c.args().get(0), depth));
    }
    return new Nodes.Const(c.id(), new DError(source(c.id()), "Invalid name for constructor " + name), true);
  }

  private Node match(EMatch m, int depth) {
    var cases = new ArrayList<Structures.Case>(m.cases().size());
    for (var c : m.cases()) cases.add(new Structures.Case(c.pattern(), compile(c.body(), depth)));
    return new Structures.Match(m.id(), compile(m.scrutinee(), depth), List.copyOf(cases));
  }

  private ErrorSource source(long id) { return new ErrorSource.At(state.tlid(), id); }
}
