package umbra.service.http;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import umbra.domain.canvas.HandlerSpec;
import umbra.domain.canvas.Toplevel;
import umbra.domain.eval.ExecutionState;
import umbra.domain.eval.Limits;
import umbra.domain.http.BasicRequest;
import umbra.domain.http.HttpResponse;
import umbra.domain.http.IncomingRequest;
import umbra.domain.http.LegacyRequest;
import umbra.domain.http.RequestPath;
import umbra.domain.http.ResponseLimit;
import umbra.domain.http.Responses;
import umbra.domain.http.WireResponse;
import umbra.domain.routing.Router;
import umbra.domain.stdlib.Registry;
import umbra.domain.trace.SecretRedaction;
import umbra.domain.trace.TraceDesc;
import umbra.domain.value.Dval;
import umbra.domain.value.Symtable;
import umbra.service.trace.TracedRun;

/**
 * Serves a request on a canvas (backend.md 1.4-1.9, 2): routes it, builds the handler's
 * {@code request}, runs the handler and converts its value, or answers for the server (404,
 * favicon, preflight, clash). Pure: effects come back as {@link HttpStep.NeedsEffect}.
 */
public final class HttpService {
  /** The largest body a 404's stored request keeps, in bytes (64 KiB). */
  static final int NOT_FOUND_BODY_KEPT = 64 * 1024;

  private final Registry builtins;
  private final Limits limits;
  private final ResponseLimit responseLimit;
  private final byte[] favicon;

  /**
   * @param limits each handler's step and depth budget
   * @param responseLimit the largest body a handler's response may have
   * @param favicon the PNG served for {@code /favicon.ico} when no handler takes it
   */
  public HttpService(Registry builtins, Limits limits, ResponseLimit responseLimit, byte[] favicon) {
    this.builtins = builtins;
    this.limits = limits;
    this.responseLimit = responseLimit;
    this.favicon = favicon.clone();
  }

  public HttpStep execute(ExecuteHttpRequest cmd) {
    IncomingRequest r = cmd.request();
    String path = RequestPath.forRouting(r.path());
    // backend.md 1.6: HEAD is served by GET handlers
    String searchMethod = r.isHead() ? "GET" : r.method();
    List<Toplevel.Handler> candidates = cmd.canvas().httpHandlers().stream()
        .filter(h -> h.spec().isComplete() && h.spec().modifier().equals(searchMethod)).toList();
    List<Router.Match<Toplevel.Handler>> matches = Router.mostSpecific(candidates, h -> h.spec().name(), path);
    if (matches.size() > 1) return answer(cmd, Responses.clash(r.path()));
    if (matches.size() == 1) return run(cmd, matches.get(0), path);
    if (r.path().equals("/favicon.ico")) return answer(cmd, Responses.favicon(favicon));
    if (r.method().equals("OPTIONS")) return answer(cmd, Responses.preflight(cmd.canvas().cors(), r));
    return notFound(cmd, path);
  }

  private HttpStep run(ExecuteHttpRequest cmd, Router.Match<Toplevel.Handler> match, String path) {
    IncomingRequest r = cmd.request();
    Toplevel.Handler handler = match.handler();
    boolean legacy = handler.spec() instanceof HandlerSpec.Http;
    Dval input;
    if (legacy) {
      switch (LegacyRequest.build(r, false)) {
        case LegacyRequest.Rejected rejected -> { return answer(cmd, Responses.userError(400, rejected.message())); }
        case LegacyRequest.Value v -> input = v.request();
      }
    } else {
      input = BasicRequest.build(r);
    }
    // backend.md 1.5: the request and route variables win over the canvas's globals
    Symtable env = cmd.canvas().globals().bind("request", input);
    for (var v : match.variables().entrySet()) env = env.bind(v.getKey(), new Dval.DStr(v.getValue()));
    boolean traced = cmd.canvas().tracing().traces(handler.tlid(), cmd.traceId());
    ExecutionState state = ExecutionState.of(builtins).withUserFunctions(cmd.canvas().functions())
        .withGlobals(cmd.canvas().globals()).withDatastores(cmd.canvas().datastores()).withTlid(handler.tlid()).withLimits(limits).withTraces(traced)
        .withCancellation(cmd.cancellation());
    // backend.md 3.2: HTTPBasic inputs are kept under their own module, so the editor finds them
    var desc = new TraceDesc(handler.spec().module(), path, r.method());
    return new HandlerRun(cmd, handler.tlid(), legacy, input, desc, traced, new TracedRun(state, handler.ast(), env),
        responseLimit).start();
  }

  /** backend.md 1.9: the request is kept (parsed leniently) so the owner can add the missing handler. */
  private HttpStep notFound(ExecuteHttpRequest cmd, String path) {
    IncomingRequest r = cmd.request();
    Dval input = notFoundInput(r);
    var events = new ArrayList<HttpEvent>();
    events.add(produced(cmd, Responses.noRoute()));
    events.add(new HttpEvent.NotFoundRecorded(cmd.canvas().canvasId(), cmd.traceId(), new TraceDesc("HTTP", path,
        r.method()), SecretRedaction.ofGlobals(cmd.canvas().globals()).value(input)));
    return new HttpStep.Finished(events);
  }

  /**
   * The request a 404 keeps (backend.md 1.9: built leniently). Nobody asked for it, so a body over
   * {@link #NOT_FOUND_BODY_KEPT} bytes is not stored: a flood of large requests to no route must
   * not grow the database by their size. The headers are bounded by the web server already.
   */
  static Dval notFoundInput(IncomingRequest r) {
    boolean tooLarge = r.body().length > NOT_FOUND_BODY_KEPT;
    IncomingRequest kept = tooLarge
        ? new IncomingRequest(r.method(), r.scheme(), r.path(), r.query(), r.headers(), new byte[0]) : r;
    Dval input = switch (LegacyRequest.build(kept, true)) {
      case LegacyRequest.Value v -> v.request();
      case LegacyRequest.Rejected rejected -> Dval.NULL; // lenient building never rejects
    };
    if (!tooLarge || !(input instanceof Dval.DObj obj)) return input;
    var fields = new TreeMap<>(obj.fields());
    fields.put("fullBody", new Dval.DStr("<a body of " + r.body().length + " bytes, not kept: a 404 keeps at most "
        + NOT_FOUND_BODY_KEPT + ">"));
    return new Dval.DObj(fields);
  }

  private static HttpStep answer(ExecuteHttpRequest cmd, HttpResponse response) {
    return new HttpStep.Finished(List.of(produced(cmd, response)));
  }

  private static HttpEvent produced(ExecuteHttpRequest cmd, HttpResponse response) {
    return new HttpEvent.ResponseProduced(WireResponse.finish(response, cmd.executionId(), cmd.request().isHead()));
  }
}
