package umbra.service.execution;

import java.util.List;
import java.util.Map;
import umbra.domain.canvas.Canvas;
import umbra.domain.eval.Cancellation;
import umbra.domain.value.Dval;

/**
 * Call one function for real (the editor's play; backend.md 5.4 {@code execute_function}): a
 * builtin ({@code Module::fn_vN}) or one of the canvas's functions, with the arguments shown at
 * the call site {@code callerId} of toplevel {@code tlid}. The trace then keeps the result under
 * that call site, so live values show it. {@code cancellation} stops it early.
 */
public record CallFunction(Canvas canvas, Map<String, String> secrets, long tlid, long callerId, String fnName,
    List<Dval> args, Cancellation cancellation) {
  public CallFunction {
    secrets = Map.copyOf(secrets);
    args = List.copyOf(args);
  }
}
