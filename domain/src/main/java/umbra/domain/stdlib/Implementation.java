package umbra.domain.stdlib;

import umbra.domain.eval.Step;
import umbra.domain.value.Dval;

/** How a builtin computes: most are plain functions of their arguments. */
public sealed interface Implementation {

  /** Computes a value from the arguments alone. May throw the {@link BuiltinFailure}s. */
  @FunctionalInterface
  non-sealed interface Plain extends Implementation {
    Dval apply(Args args);
  }

  /** Needs the interpreter: calls lambdas or asks for effects through {@link Step}s. */
  @FunctionalInterface
  non-sealed interface Stepping extends Implementation {
    Step apply(CallContext ctx, Args args);
  }
}
