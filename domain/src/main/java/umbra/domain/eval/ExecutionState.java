package umbra.domain.eval;

import java.util.Map;
import umbra.domain.datastore.Datastore;
import umbra.domain.program.UserFunction;
import umbra.domain.stdlib.Registry;
import umbra.domain.syntax.FnName;
import umbra.domain.value.Symtable;

/**
 * Everything an evaluation may consult: the builtins, the canvas's functions, its globals
 * (secrets and datastores), its datastores' schemas, the toplevel being run (for error sources), the limits, whether
 * to record live values and traces for the editor, and the caller's {@link Cancellation}.
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
    Map<String, Datastore> datastores,
    Cancellation cancellation) {

  public ExecutionState {
    userFunctions = Map.copyOf(userFunctions);
    packageFunctions = Map.copyOf(packageFunctions);
    datastores = Map.copyOf(datastores);
  }

  public static ExecutionState of(Registry builtins) {
    return new ExecutionState(builtins, Map.of(), Map.of(), Symtable.empty(), 0, Limits.DEFAULT, false, false, Map.of(),
        Cancellation.NEVER);
  }

  public ExecutionState withUserFunctions(Map<String, UserFunction> fns) {
    return new ExecutionState(builtins, fns, packageFunctions, globals, tlid, limits, recordLiveValues, recordTraces, datastores, cancellation);
  }

  public ExecutionState withPackageFunctions(Map<FnName.Package, UserFunction> fns) {
    return new ExecutionState(builtins, userFunctions, fns, globals, tlid, limits, recordLiveValues, recordTraces, datastores, cancellation);
  }

  public ExecutionState withGlobals(Symtable g) {
    return new ExecutionState(builtins, userFunctions, packageFunctions, g, tlid, limits, recordLiveValues, recordTraces, datastores, cancellation);
  }

  public ExecutionState withLimits(Limits l) {
    return new ExecutionState(builtins, userFunctions, packageFunctions, globals, tlid, l, recordLiveValues, recordTraces, datastores, cancellation);
  }

  public ExecutionState withLiveValues(boolean on) {
    return new ExecutionState(builtins, userFunctions, packageFunctions, globals, tlid, limits, on, recordTraces, datastores, cancellation);
  }

  public ExecutionState withTraces(boolean on) {
    return new ExecutionState(builtins, userFunctions, packageFunctions, globals, tlid, limits, recordLiveValues, on, datastores, cancellation);
  }

  /** The canvas's datastores by name, as {@code DB::} functions find them. */
  public ExecutionState withDatastores(Map<String, Datastore> dbs) {
    return new ExecutionState(builtins, userFunctions, packageFunctions, globals, tlid, limits, recordLiveValues, recordTraces, dbs, cancellation);
  }

  public ExecutionState withTlid(long t) {
    return new ExecutionState(builtins, userFunctions, packageFunctions, globals, t, limits, recordLiveValues, recordTraces, datastores, cancellation);
  }

  /** The caller's way to stop the run early (a deadline, a client that left); {@link Cancellation#NEVER} by default. */
  public ExecutionState withCancellation(Cancellation c) {
    return new ExecutionState(builtins, userFunctions, packageFunctions, globals, tlid, limits, recordLiveValues, recordTraces, datastores, c);
  }
}
