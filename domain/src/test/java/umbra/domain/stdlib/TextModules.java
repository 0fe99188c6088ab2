package umbra.domain.stdlib;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import umbra.domain.eval.EffectRequest;
import umbra.domain.eval.Evaluation;
import umbra.domain.eval.ExecutionState;
import umbra.domain.eval.Outcome;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.DNamedFn;

/**
 * Calls String, Char and Bytes builtins through the interpreter, so failures arrive as the
 * DError values a program would see. The Float and Uuid modules are there for the rename
 * aliases String::toFloat_v1 and String::toUUID_v1.
 */
final class TextModules {
  private TextModules() {}

  static final Registry REGISTRY = build();

  private static Registry build() {
    var r = Registry.builder();
    StringFunctions.register(r);
    CharFunctions.register(r);
    BytesFunctions.register(r);
    FloatFunctions.register(r);
    UuidFunctions.register(r);
    return r.build();
  }

  /** The finished value of calling {@code fn} (like "String::length_v1") on {@code args}. */
  static Dval call(String fn, Dval... args) {
    Outcome o = start(fn, args).run();
    assertThat(o).isInstanceOf(Outcome.Done.class);
    return ((Outcome.Done) o).value();
  }

  static Evaluation start(String fn, Dval... args) {
    return Evaluation.startCall(ExecutionState.of(REGISTRY), new DNamedFn(Registry.parseName(fn)), List.of(args));
  }

  /** The effect a call asks for before it can finish. */
  static EffectRequest effectOf(Evaluation e) {
    Outcome o = e.run();
    assertThat(o).isInstanceOf(Outcome.Suspended.class);
    return ((Outcome.Suspended) o).request();
  }

  static Dval.DStr s(String v) { return new Dval.DStr(v); }

  static Dval.DChar c(String v) { return new Dval.DChar(v); }

  static Dval.DInt i(long v) { return new Dval.DInt(v); }

  /** The message of the DError a call produced (fails the test for any other value). */
  static String errorOf(Dval v) {
    assertThat(v).isInstanceOf(Dval.DError.class);
    return ((Dval.DError) v).message();
  }
}
