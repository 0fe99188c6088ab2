package umbra.service.http;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import umbra.domain.canvas.HandlerSpec;
import umbra.domain.canvas.Toplevel;
import umbra.domain.datastore.Datastore;
import umbra.domain.http.Cors;
import umbra.domain.program.Globals;
import umbra.domain.program.UserFunction;
import umbra.domain.trace.TracingPolicy;
import umbra.domain.value.Symtable;

/**
 * What a canvas serves HTTP with: its live HTTP handlers, functions, datastores, globals, CORS setting and
 * tracing policy. Immutable, so one snapshot serves many requests until the canvas changes.
 *
 * @param globals secrets and datastores by name (backend.md 1.5: secrets win over DB names)
 */
public record HttpCanvas(UUID canvasId, String canvasName, List<Toplevel.Handler> httpHandlers,
    Map<String, UserFunction> functions, Map<String, Datastore> datastores, Symtable globals, Cors cors,
    TracingPolicy tracing) {

  public HttpCanvas {
    httpHandlers = List.copyOf(httpHandlers);
    functions = Map.copyOf(functions);
    datastores = Map.copyOf(datastores);
    for (Toplevel.Handler h : httpHandlers) {
      if (!(h.spec() instanceof HandlerSpec.Http || h.spec() instanceof HandlerSpec.HttpBasic)) {
        throw new IllegalArgumentException("not an HTTP handler: " + h.tlid());
      }
    }
  }

  public static HttpCanvas of(UUID canvasId, String canvasName, List<Toplevel.Handler> httpHandlers,
      List<Toplevel.UserFn> functions, List<Datastore> datastores, Map<String, String> secrets, Cors cors,
      TracingPolicy tracing) {
    var fns = new HashMap<String, UserFunction>();
    for (Toplevel.UserFn f : functions) fns.put(f.name(), f.toProgram());
    return new HttpCanvas(canvasId, canvasName, httpHandlers, fns, Globals.byName(datastores),
        Globals.of(datastores, secrets), cors, tracing);
  }
}
