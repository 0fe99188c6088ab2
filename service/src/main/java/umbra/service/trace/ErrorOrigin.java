package umbra.service.trace;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import umbra.domain.eval.Evaluation;
import umbra.domain.eval.ExecutionState;
import umbra.domain.eval.Outcome;
import umbra.domain.syntax.Children;
import umbra.domain.syntax.Expr;
import umbra.domain.value.Dval;
import umbra.domain.value.ErrorSource;
import umbra.domain.value.Symtable;

/**
 * Where a failed run's error arose, found after the fact so the hot path pays nothing: the code
 * runs again with live values on, each effect answered with the answer the first run got (the
 * code is deterministic given those, so it takes the same path), and the origin is the innermost
 * expression, first in evaluation order, whose value is the failed result.
 */
final class ErrorOrigin {
  private ErrorOrigin() {}

  static Optional<ErrorSource.At> find(ExecutionState state, Expr code, Symtable env, List<Dval> answers,
      Dval failed) {
    Evaluation again = Evaluation.start(state.withLiveValues(true).withTraces(false), code, env);
    Iterator<Dval> next = answers.iterator();
    Outcome outcome = again.run();
    while (outcome instanceof Outcome.Suspended) outcome = again.resume(next.hasNext() ? next.next() : Dval.INCOMPLETE);
    Map<Long, Dval> live = again.liveValues();
    return innermost(code, live, failed).map(id -> new ErrorSource.At(state.tlid(), id));
  }

  private static Optional<Long> innermost(Expr e, Map<Long, Dval> live, Dval failed) {
    if (!failed.equals(live.get(e.id()))) return Optional.empty();
    for (Expr child : Children.of(e)) {
      Optional<Long> inner = innermost(child, live, failed);
      if (inner.isPresent()) return inner;
    }
    return Optional.of(e.id());
  }
}
