package umbra.domain.eval;

import java.util.Map;
import umbra.domain.program.UserFunction;
import umbra.domain.stdlib.Registry;
import umbra.domain.syntax.FnName;
import umbra.domain.value.Symtable;

/**
 * Everything an evaluation may consult: the builtins, the canvas's functions, its globals
 * (secrets and datastores), the toplevel being run (for error sources), the limits, and whether
 * to record live values and traces for the editor.
 */
public record ExecutionState(
    Registry builtins,
    Map<String, UserFunction> userFunctions,
    Map<FnName.Package, UserFunction> packageFunctions,
    Symtable globals,
    long tlid,
    Limits limits,
    boolean recordLiveValues,
    boolean recordTraces) {

  public ExecutionState {
    userFunctions = Map.copyOf(userFunctions);
    packageFunctions = Map.copyOf(packageFunctions);
  }

  public static ExecutionState of(Registry builtins) {
    return new ExecutionState(builtins, Map.of(), Map.of(), Symtable.empty(), 0, Limits.DEFAULT, false, false);
  }

  public ExecutionState withUserFunctions(Map<String, UserFunction> fns) {
    return new ExecutionState(builtins, fns, packageFunctions, globals, tlid, limits, recordLiveValues, recordTraces);
  }

  public ExecutionState withPackageFunctions(Map<FnName.Package, UserFunction> fns) {
    return new ExecutionState(builtins, userFunctions, fns, globals, tlid, limits, recordLiveValues, recordTraces);
  }

  public ExecutionState withGlobals(Symtable g) {
    return new ExecutionState(builtins, userFunctions, packageFunctions, g, tlid, limits, recordLiveValues, recordTraces);
  }

  public ExecutionState withLimits(Limits l) {
    return new ExecutionState(builtins, userFunctions, packageFunctions, globals, tlid, l, recordLiveValues, recordTraces);
  }

  public ExecutionState withLiveValues(boolean on) {
    return new ExecutionState(builtins, userFunctions, packageFunctions, globals, tlid, limits, on, recordTraces);
  }

  public ExecutionState withTraces(boolean on) {
    return new ExecutionState(builtins, userFunctions, packageFunctions, globals, tlid, limits, recordLiveValues, on);
  }

  public ExecutionState withTlid(long t) {
    return new ExecutionState(builtins, userFunctions, packageFunctions, globals, t, limits, recordLiveValues, recordTraces);
  }
}
