package umbra.domain.stdlib;

import java.util.List;
import umbra.domain.eval.Step;
import umbra.domain.value.Dval;

/** Calls one builtin of the time and crypto modules directly, turning its failures into values as the interpreter does. */
final class Builtins {
  private Builtins() {}

  /** What a call produced: a value, or an effect the caller must answer. */
  sealed interface Result {}

  record Value(Dval value) implements Result {}

  record Effect(List<Dval> args) implements Result {}

  record UserError(String message) implements Result {}

  record IncorrectArgs() implements Result {}

  record Crashed(RuntimeException e) implements Result {}

  /** The modules under test only, so these tests do not depend on the rest of the library. */
  private static final Registry MODULES = moduleRegistry();

  static Registry modules() { return MODULES; }

  private static Registry moduleRegistry() {
    var r = Registry.builder();
    DateFunctions.register(r);
    CryptoFunctions.register(r);
    PasswordFunctions.register(r);
    JwtFunctions.register(r);
    X509Functions.register(r);
    return r.build();
  }

  static Result call(String name, Dval... args) {
    Builtin b = MODULES.get(Registry.parseName(name));
    if (b == null) throw new AssertionError("not registered: " + name);
    try {
      return switch (b.impl()) {
        case Implementation.Plain p -> new Value(p.apply(Args.of(args)));
        case Implementation.Stepping s -> switch (s.apply(new CallContext(b.name(), 1, umbra.domain.eval.ExecutionState.of(MODULES)), Args.of(args))) {
          case Step.Value v -> new Value(v.value());
          case Step.Perform p -> new Effect(p.request().args());
          case Step.Call c -> throw new AssertionError("calls a function");
        };
      };
    } catch (BuiltinFailure.UserError e) {
      return new UserError(e.getMessage());
    } catch (BuiltinFailure.IncorrectArgs e) {
      return new IncorrectArgs();
    } catch (BuiltinFailure e) {
      throw e;
    } catch (RuntimeException e) {
      return new Crashed(e);
    }
  }

  /** The value of a call expected to produce one. */
  static Dval value(String name, Dval... args) {
    Result r = call(name, args);
    if (r instanceof Value v) return v.value();
    throw new AssertionError(name + " gave " + r);
  }
}
