package umbra.domain.eval;

import java.util.ArrayList;
import java.util.List;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.Expr.*;
import umbra.domain.syntax.FnName;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.domain.value.ErrorSource;
import umbra.domain.value.Nfc;

/**
 * One compilation of an expression by the {@link Compiler}, in one mode: whether calls to pure
 * user functions may be direct ({@link Purity}), or stay on the machine. Recursive, but it stops
 * {@link #MAX_DEPTH} levels down and leaves a {@link Nodes.Lazy} node that compiles the rest when
 * first reached. That bounds both this pass's Java stack and the height of every direct subtree
 * (a lazy node is never direct): however deep the program, no Java stack grows with it.
 */
final class CompilePass {
  static final int MAX_DEPTH = 48;

  private final Compiler compiler;
  private final boolean directUserCalls;
  private final long tlid;
  private int deepest;

  CompilePass(Compiler compiler, boolean directUserCalls, long tlid) {
    this.compiler = compiler;
    this.directUserCalls = directUserCalls;
    this.tlid = tlid;
  }

  Node compile(Expr e) { return compile(e, 0); }

  /** Levels of nodes compiled so far: the most Java stack a direct run of them needs, in nodes. */
  int height() { return deepest + 1; }

  private Node compile(Expr e, int depth) {
    if (depth > MAX_DEPTH) return new Nodes.Lazy(e, new CompilePass(compiler, directUserCalls, tlid));
    deepest = Math.max(deepest, depth);
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
      case EVariable v -> new Nodes.Var(v.id(), v.name().intern());
      case ELet l -> new Nodes.Let(l.id(), l.name().intern(), compile(l.rhs(), d), compile(l.body(), d));
      case EIf i -> new Nodes.If(i.id(), compile(i.cond(), d), compile(i.thenExpr(), d), compile(i.elseExpr(), d));
      case EFeatureFlag f -> new Nodes.Flag(f.id(), compile(f.cond(), d), compile(f.oldExpr(), d), compile(f.newExpr(), d));
      case ELambda l -> lambda(l);
      case EFieldAccess f -> new Structures.Field(f.id(), compile(f.record(), d), f.field());
      case EFnCall c -> call(c.id(), c.name(), c.args(), false, c.rail(), d);
      case EBinOp b -> call(b.id(), b.op(), List.of(b.left(), b.right()), false, b.rail(), d);
      case EPartial p -> new Nodes.Partial(p.id(), compile(p.old(), d));
      case EList l -> new Structures.Collection(l.id(), Structures.Collection.Kind.LIST, all(l.items(), d), null);
      case ETuple t -> tuple(t, d);
      case ERecord r -> record(r, d);
      case EPipe p -> pipe(p, d);
      case EConstructor c -> constructor(c, d);
      case EMatch m -> match(m, d);
    };
  }

  /** A call is direct when its arguments are and it needs nothing of the machine (A.7.9 happens at once). */
  private Node call(long id, FnName name, List<Expr> args, boolean piped, Rail rail, int depth) {
    Callee callee = compiler.callee(name);
    boolean machineFree = switch (callee) {
      case Callee.Stdlib s -> s.plain != null;
      case Callee.Unknown u -> true;
      case Callee.User u -> directUserCalls && compiler.pure(u);
    };
    return new CallNode(id, callee, all(args, depth), piped, rail, machineFree);
  }

  private Node[] all(List<Expr> exprs, int depth) {
    Node[] nodes = new Node[exprs.size()];
    for (int i = 0; i < nodes.length; i++) nodes[i] = compile(exprs.get(i), depth);
    return nodes;
  }

  /**
   * Unnamed parameters are dropped when the closure is made (A.7.7). Names here and in variables
   * and lets are interned: a lookup in the environment then usually matches by identity.
   */
  private Node lambda(ELambda l) {
    var params = new ArrayList<LambdaParam>(l.params().size());
    for (var p : l.params()) {
      if (!p.name().isEmpty()) params.add(new LambdaParam(p.id(), p.name().intern()));
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
    if (step instanceof EBlank b) return new Pipes.Blank(b.id());
    if (!takesPlaceholder(step)) return compile(step, depth);
    return switch (step) {
      case EFnCall c -> call(c.id(), c.name(), c.args().subList(1, c.args().size()), true, c.rail(), depth);
      case EBinOp b -> call(b.id(), b.op(), List.of(b.right()), true, b.rail(), depth);
      default -> throw new IllegalStateException("only calls take the placeholder");
    };
  }

  static boolean takesPlaceholder(Expr step) {
    return step instanceof EFnCall c && !c.args().isEmpty() && c.args().get(0) instanceof EPipeTarget
        || step instanceof EBinOp b && b.left() instanceof EPipeTarget;
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

  private ErrorSource source(long id) { return new ErrorSource.At(tlid, id); }
}
