package umbra.service.trace;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import umbra.domain.canvas.Canvas;
import umbra.domain.canvas.Toplevel;
import umbra.domain.datastore.Datastore;
import umbra.domain.eval.ExecutionState;
import umbra.domain.eval.Limits;
import umbra.domain.program.Globals;
import umbra.domain.program.UserFunction;
import umbra.domain.stdlib.Registry;
import umbra.domain.value.Symtable;

/**
 * What code of a loaded canvas runs with: its functions, its datastores, and its globals (the
 * datastores and the secrets), for the toplevel {@code tlid}. Events, analyses and replays
 * build their evaluations from it; requests use the cached {@code HttpCanvas} instead.
 */
public record CanvasState(ExecutionState state, Symtable globals) {

  public static CanvasState of(Registry builtins, Limits limits, Canvas canvas, Map<String, String> secrets, long tlid) {
    List<Datastore> dbs = canvas.dbs().live().values().stream().map(Datastore::of).toList();
    var functions = new HashMap<String, UserFunction>();
    for (Toplevel.UserFn f : canvas.functions().live().values()) functions.put(f.name(), f.toProgram());
    Symtable globals = Globals.of(dbs, secrets);
    ExecutionState state = ExecutionState.of(builtins).withUserFunctions(functions).withGlobals(globals)
        .withDatastores(Globals.byName(dbs)).withTlid(tlid).withLimits(limits);
    return new CanvasState(state, globals);
  }
}
