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
    for (int version : new int[] {3, 4}) legacy(r, version);
    for (String method : new String[] {"POST", "PUT", "PATCH"}) {
      String name = method.charAt(0) + method.substring(1).toLowerCase();
      r.fn("HttpClient::" + name.toLowerCase() + "_v5", "uri: Str, body: 'a, " + QUERY_HEADERS + " -> " + RESULT,
              "Makes an HTTP " + method + " request to the uri: Ok {body, headers, raw, code, error} for a 2xx response,"
                  + " Error of the same record for another, Error with a message when the call failed.")
          .purity(Builtin.Purity.IMPURE)
          .stepping((ctx, a) -> call(ctx, a, HttpClientV5.request(method, a.str(0), Optional.of(a.get(1)), a.get(2), a.get(3))));
    }
    for (String method : new String[] {"GET", "DELETE", "HEAD", "OPTIONS"}) {
      r.fn("HttpClient::" + method.toLowerCase() + "_v5", "uri: Str, " + QUERY_HEADERS + " -> " + RESULT,
              "Makes an HTTP " + method + " request to the uri: Ok {body, headers, raw, code, error} for a 2xx response,"
                  + " Error of the same record for another, Error with a message when the call failed.")
          .purity(Builtin.Purity.IMPURE)
          .stepping((ctx, a) -> call(ctx, a, HttpClientV5.request(method, a.str(0), Optional.empty(), a.get(1), a.get(2))));
    }
  }

  /** v3 and v4: the same calls; v3 makes a non-2xx response a Dark error, v4 an {@code Error} of the response. */
  private static void legacy(Registry.Builder r, int version) {
    String next = "ReplacedBy HttpClient::%s_v" + (version + 1);
    for (String method : new String[] {"POST", "PUT", "PATCH"}) {
      String name = method.toLowerCase();
      r.fn("HttpClient::" + name + "_v" + version, "uri: Str, body: 'a, " + QUERY_HEADERS + " -> " + RESULT,
              "Makes an HTTP " + method + " request to the uri (every body sent as JSON).")
          .purity(Builtin.Purity.IMPURE).rail().deprecated(next.formatted(name))
          .stepping((ctx, a) -> call(ctx, a,
              HttpClientLegacy.request(version, method, a.str(0), Optional.of(a.get(1)), a.get(2), a.get(3))));
    }
    for (String method : new String[] {"GET", "DELETE", "HEAD", "OPTIONS"}) {
      String name = method.toLowerCase();
      r.fn("HttpClient::" + name + "_v" + version, "uri: Str, " + QUERY_HEADERS + " -> " + RESULT,
              "Makes an HTTP " + method + " request to the uri.")
          .purity(Builtin.Purity.IMPURE).rail().deprecated(next.formatted(name))
          .stepping((ctx, a) -> call(ctx, a,
              HttpClientLegacy.request(version, method, a.str(0), Optional.empty(), a.get(1), a.get(2))));
    }
  }

  private static Step call(CallContext ctx, Args a, HttpCall call) {
    return ctx.perform(a.values(), call, Step::value);
  }
}
