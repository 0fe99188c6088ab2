package umbra.domain.trace;

import java.util.Map;
import umbra.domain.value.Dval;

/** The arguments of one user-function call in a trace (backend.md 3.2 {@code function_arguments}), by parameter name. */
public record RecordedArguments(long tlid, Map<String, Dval> args) {
  public RecordedArguments {
    args = Map.copyOf(args);
  }
}
