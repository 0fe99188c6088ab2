package umbra.domain.eval;

import java.util.Map;
import umbra.domain.datastore.Datastore;
import umbra.domain.program.UserFunction;
import umbra.domain.stdlib.Registry;
import umbra.domain.syntax.FnName;
import umbra.domain.value.Symtable;

/**
 * Everything an evaluation may consult: the builtins, the canvas's functions, its globals
 * (secrets and datastores), its datastores' schemas, the toplevel being run (for error sources), the limits, and whether
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
    boolean recordTraces,
    Map<String, Datastore> datastores) {

  public ExecutionState {
    userFunctions = Map.copyOf(userFunctions);
    packageFunctions = Map.copyOf(packageFunctions);
    datastores = Map.copyOf(datastores);
  }

  public static ExecutionState of(Registry builtins) {
    return new ExecutionState(builtins, Map.of(), Map.of(), Symtable.empty(), 0, Limits.DEFAULT, false, false, Map.of());
  }

  public ExecutionState withUserFunctions(Map<String, UserFunction> fns) {
    return new ExecutionState(builtins, fns, packageFunctions, globals, tlid, limits, recordLiveValues, recordTraces, datastores);
  }

  public ExecutionState withPackageFunctions(Map<FnName.Package, UserFunction> fns) {
    return new ExecutionState(builtins, userFunctions, fns, globals, tlid, limits, recordLiveValues, recordTraces, datastores);
  }

  public ExecutionState withGlobals(Symtable g) {
    return new ExecutionState(builtins, userFunctions, packageFunctions, g, tlid, limits, recordLiveValues, recordTraces, datastores);
  }

  public ExecutionState withLimits(Limits l) {
    return new ExecutionState(builtins, userFunctions, packageFunctions, globals, tlid, l, recordLiveValues, recordTraces, datastores);
  }

  public ExecutionState withLiveValues(boolean on) {
    return new ExecutionState(builtins, userFunctions, packageFunctions, globals, tlid, limits, on, recordTraces, datastores);
  }

  public ExecutionState withTraces(boolean on) {
    return new ExecutionState(builtins, userFunctions, packageFunctions, globals, tlid, limits, recordLiveValues, on, datastores);
  }

  /** The canvas's datastores by name, as {@code DB::} functions find them. */
  public ExecutionState withDatastores(Map<String, Datastore> dbs) {
    return new ExecutionState(builtins, userFunctions, packageFunctions, globals, tlid, limits, recordLiveValues, recordTraces, dbs);
  }

  public ExecutionState withTlid(long t) {
    return new ExecutionState(builtins, userFunctions, packageFunctions, globals, t, limits, recordLiveValues, recordTraces, datastores);
  }
}
