package umbra.domain.stdlib;

import java.util.Optional;
import umbra.domain.eval.Step;
import umbra.domain.httpclient.HttpCall;
import umbra.domain.httpclient.HttpClientLegacy;
import umbra.domain.httpclient.HttpClientV5;

/**
 * The HttpClient functions that call out (v5): each prepares an {@link HttpCall} and asks for it
 * as an effect; the handler layer sends it and answers with the function's result.
 */
final class HttpClientCalls {
  private HttpClientCalls() {}

  private static final String QUERY_HEADERS = "query: Dict<Str>, headers: Dict<Str>";
  private static final String RESULT = "Result<'a, 'b>";

  static void register(Registry.Builder r) {
    for (int version : new int[] {0, 1, 2, 3, 4}) legacy(r, version);
    for (String method : new String[] {"POST", "PUT", "PATCH"}) {
      String name = method.charAt(0) + method.substring(1).toLowerCase();
      r.fn("HttpClient::" + name.toLowerCase() + "_v5", "uri: Str, body: 'a, " + QUERY_HEADERS + " -> " + RESULT,
              "Makes an HTTP " + method + " request to the uri: Ok {body, headers, raw, code, error} for a 2xx response,"
                  + " Error of the same record for another, Error with a message when the call failed.")
          .purity(Builtin.Purity.IMPURE)
          .stepping((ctx, a) -> call(ctx, a, HttpClientV5.request(a.meter(), method, a.str(0), Optional.of(a.get(1)), a.get(2), a.get(3))));
    }
    for (String method : new String[] {"GET", "DELETE", "HEAD", "OPTIONS"}) {
      r.fn("HttpClient::" + method.toLowerCase() + "_v5", "uri: Str, " + QUERY_HEADERS + " -> " + RESULT,
              "Makes an HTTP " + method + " request to the uri: Ok {body, headers, raw, code, error} for a 2xx response,"
                  + " Error of the same record for another, Error with a message when the call failed.")
          .purity(Builtin.Purity.IMPURE)
          .stepping((ctx, a) -> call(ctx, a, HttpClientV5.request(a.meter(), method, a.str(0), Optional.empty(), a.get(1), a.get(2))));
    }
  }

  /**
   * The old versions, for old code: every body sent as JSON (v0 in Dark's first "JSON"). v0 and
   * v1 answer the response record and fail with a Dark error, v2 wraps them in a Result, v3
   * answers {@code Ok} with the status code, v4 also {@code Error} of a non-2xx response. v0's
   * GET, DELETE, HEAD and OPTIONS take a body and ignore it.
   */
  private static void legacy(Registry.Builder r, int version) {
    String next = "ReplacedBy HttpClient::%s_v" + (version + 1);
    String returns = version <= 1 ? "Dict<'a>" : RESULT;
    for (String method : new String[] {"POST", "PUT", "PATCH", "GET", "DELETE", "HEAD", "OPTIONS"}) {
      String name = method.toLowerCase();
      boolean sendsBody = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
      boolean takesBody = sendsBody || version == 0;
      var d = r.fn("HttpClient::" + name + "_v" + version,
              "uri: Str, " + (takesBody ? "body: 'a, " : "") + QUERY_HEADERS + " -> " + returns,
              "Makes an HTTP " + method + " request to the uri" + (sendsBody ? " (the body sent as JSON)." : "."))
          .purity(Builtin.Purity.IMPURE).deprecated(next.formatted(name));
      if (version >= 3) d.rail();
      int q = takesBody ? 2 : 1;
      d.stepping((ctx, a) -> {
        HttpCall call;
        try {
          call = HttpClientLegacy.request(a.meter(), version, method, a.str(0), sendsBody ? Optional.of(a.get(1)) : Optional.empty(),
              a.get(q), a.get(q + 1));
        } catch (BuiltinFailure.UserError e) {
          return Step.value(HttpClientLegacy.raised(version, e.getMessage()));
        }
        return call(ctx, a, call);
      });
    }
  }

  private static Step call(CallContext ctx, Args a, HttpCall call) {
    return ctx.perform(a.values(), call, Step::value);
  }
}
