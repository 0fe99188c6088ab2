package umbra.domain.stdlib;

import java.util.List;
import java.util.function.Function;
import umbra.domain.eval.EffectCommand;
import umbra.domain.eval.EffectRequest;
import umbra.domain.eval.ExecutionState;
import umbra.domain.eval.Step;
import umbra.domain.syntax.FnName;
import umbra.domain.value.Dval;

/**
 * What a stepping builtin knows about the call it is serving: its name, the calling
 * expression, and the execution state (the canvas's datastores, the other builtins).
 */
public record CallContext(FnName.Stdlib function, long callSiteId, ExecutionState state) {

  /** Asks the caller of the evaluation to perform this builtin's effect with these arguments. */
  public Step perform(List<Dval> args, Function<Dval, Step> then) {
    return new Step.Perform(new EffectRequest(function, args, callSiteId), then);
  }

  /** Asks for the effect and returns the answer as the builtin's result. */
  public Step perform(List<Dval> args) {
    return perform(args, Step::value);
  }

  /** Asks for the effect, with the precise work to do, and continues with the answer. */
  public Step perform(List<Dval> args, EffectCommand command, Function<Dval, Step> then) {
    return new Step.Perform(new EffectRequest(function, args, callSiteId, command), then);
  }
}
