package umbra.domain.eval;

import java.util.List;
import java.util.function.Function;
import umbra.domain.value.Dval;

/**
 * What a stepping builtin asks of the interpreter next: it is finished with a value, it needs a
 * function value applied (a lambda passed to {@code List.map}), or it needs an effect performed
 * by the caller. The continuation runs inside the interpreter's loop, so a builtin that calls a
 * lambda a million times does not grow the Java stack.
 */
public sealed interface Step {

  record Value(Dval value) implements Step {}

  record Call(Dval function, List<Dval> args, Function<Dval, Step> then) implements Step {
    public Call { args = List.copyOf(args); }
  }

  record Perform(EffectRequest request, Function<Dval, Step> then) implements Step {}

  static Step value(Dval v) { return new Value(v); }

  static Step call(Dval function, List<Dval> args, Function<Dval, Step> then) {
    return new Call(function, args, then);
  }
}
