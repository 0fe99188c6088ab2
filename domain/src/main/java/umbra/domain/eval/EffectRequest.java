package umbra.domain.eval;

import java.util.List;
import umbra.domain.syntax.FnName;
import umbra.domain.value.Dval;

/**
 * Evaluation stopped here: the builtin {@code function} needs the outside world (a clock, random
 * bytes, a datastore, the network, a queue). Whoever runs the evaluation answers with a Dval and
 * resumes it. {@code callSiteId} is the id of the expression that made the call; with the
 * arguments it is what a trace keys the answer by. {@code command} says precisely what to do
 * when the arguments alone do not (a datastore read with its compiled filter); it is never part
 * of the trace key.
 */
public record EffectRequest(FnName.Stdlib function, List<Dval> args, long callSiteId, EffectCommand command) {
  public EffectRequest { args = List.copyOf(args); }

  public EffectRequest(FnName.Stdlib function, List<Dval> args, long callSiteId) {
    this(function, args, callSiteId, EffectCommand.NONE);
  }
}
