package umbra.domain.eval;

import umbra.domain.program.UserFunction;
import umbra.domain.stdlib.Args;
import umbra.domain.stdlib.Builtin;
import umbra.domain.stdlib.Implementation;
import umbra.domain.syntax.DType;
import umbra.domain.syntax.FnName;
import umbra.domain.value.Dval;

/**
 * What a name calls, resolved once per evaluation (the registry and the canvas's functions do
 * not change while it runs), so a call site does no lookup per call.
 */
abstract sealed class Callee {
  private static final FnName.Stdlib IS_ERROR = new FnName.Stdlib("Bool", "isError", 0);

  final FnName name;
  /** Parameter count; -1 for an unknown name. */
  final int arity;

  private Callee(FnName name, int arity) {
    this.name = name;
    this.arity = arity;
  }

  /** A.7.9 step 4: {@code Bool::isError} is the one function that sees error arguments. */
  final boolean seesErrors() { return name.equals(IS_ERROR); }

  /** A name nothing answers to: the call is blank. */
  static final class Unknown extends Callee {
    Unknown(FnName name) { super(name, -1); }
  }

  static final class Stdlib extends Callee {
    final Builtin builtin;
    /** The implementation if it needs nothing of the machine, else null. */
    final Implementation.Plain plain;

    Stdlib(Builtin builtin) {
      super(builtin.name(), builtin.params().size());
      this.builtin = builtin;
      this.plain = builtin.impl() instanceof Implementation.Plain p ? p : null;
    }
  }

  static final class User extends Callee {
    final UserFunction fn;
    private final Compiler compiler;
    /** {@link Types#kind} of each parameter and of the return type: the checks of every call. */
    private final Class<?>[] paramKinds;
    private final Class<?> returnKind;
    /** Interned, as the compiler interns variable names: environment lookups then compare by identity first. */
    final String[] paramNames;
    private Node body;
    private int bodyHeight;
    private Node machineBody;

    User(FnName name, UserFunction fn, Compiler compiler) {
      super(name, fn.params().size());
      this.fn = fn;
      this.compiler = compiler;
      this.paramKinds = fn.params().stream().map(p -> check(p.type())).toArray(Class<?>[]::new);
      this.returnKind = check(fn.returnType());
      this.paramNames = fn.params().stream().map(p -> p.name().intern()).toArray(String[]::new);
    }

    /** Whether every argument unifies with its parameter's type (A.9). */
    boolean accepts(Args args) {
      for (int i = 0; i < paramKinds.length; i++) { // the arity has been checked
        if (!fits(paramKinds[i], args.get(i))) return false;
      }
      return true;
    }

    boolean accepts(Dval onlyArg) { return fits(paramKinds[0], onlyArg); }

    boolean returns(Dval result) { return fits(returnKind, result); }

    /**
     * What {@link #fits} tests for a type: null for any value (a type variable), {@code Void} for
     * none (a tuple), else the {@link Types#kind}. Most kinds are a record class, for which
     * comparing classes is the whole test; a subtype test against an interface costs more.
     */
    private static Class<?> check(DType t) {
      Class<?> kind = Types.kind(t);
      return kind == null ? Void.class : kind == Dval.class ? null : kind;
    }

    private static boolean fits(Class<?> kind, Dval v) {
      return kind == null || kind == v.getClass() || kind.isInstance(v);
    }

    /** Compiled on the first call, so a recursive function's call sites can exist before its body. */
    Node body() {
      if (body == null) {
        CompilePass pass = compiler.direct();
        body = pass.compile(fn.body());
        bodyHeight = pass.height();
      }
      return body;
    }

    /** How deep a direct run of {@link #body} nests on the Java stack, in nodes. */
    int bodyHeight() {
      body();
      return bodyHeight;
    }

    /** The body with its user-function calls on the machine, for recursion past the direct budget. */
    Node machineBody() {
      if (machineBody == null) machineBody = compiler.onMachine().compile(fn.body());
      return machineBody;
    }
  }
}
