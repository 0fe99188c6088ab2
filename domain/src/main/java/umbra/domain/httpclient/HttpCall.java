package umbra.domain.httpclient;

import java.util.List;
import umbra.domain.eval.EffectCommand;
import umbra.domain.value.Dval;

/**
 * One outgoing HTTP call as a {@code HttpClient::} function prepared it: the URL as the code
 * gave it, query parameters to merge into it, the request headers in the order they are set,
 * and the body. The handler layer sends it (and follows redirects), then hands what came back
 * to {@link #answer}, which is pure, so a trace keeps the function's result.
 */
public record HttpCall(String method, String url, List<QueryParam> query, List<RequestHeader> headers, Content body,
    int version) implements EffectCommand {

  public HttpCall {
    query = List.copyOf(query);
    headers = List.copyOf(headers);
  }

  /** A query parameter; no values means the key alone ({@code ?flag}). */
  public record QueryParam(String key, List<String> values) {
    public QueryParam { values = List.copyOf(values); }
  }

  /** A header the code asked for; an empty value is not sent. */
  public record RequestHeader(String name, String value) {}

  /** The request body: none, a text, or a form (both sent as UTF-8). */
  public sealed interface Content {
    record None() implements Content {}

    record Text(String text) implements Content {}

    record Form(String text) implements Content {}

    /**
     * The old clients' JSON body sent as a form without a charset, because the OCaml client's
     * cURL assumed a form when no Content-Type was given.
     */
    record FakeForm(String text) implements Content {}
  }

  /** What came back: a response (after redirects), or why there is none. */
  public sealed interface Outcome {
    /**
     * {@code headers} as received (known names in their usual spelling), the final response's
     * first, then those of the redirects before it; {@code statusLine} like {@code HTTP/1.1 200 OK}.
     */
    record Response(int code, String statusLine, List<RequestHeader> headers, byte[] body) implements Outcome {}

    record Failure(String message) implements Outcome {}
  }

  /** The result when the Content-Type the code set is not a media type. */
  public Dval invalidContentType() {
    return HttpClientLegacy.raised(version, "Invalid content-type header");
  }

  /** The function's result for what came back. */
  public Dval answer(Outcome outcome) {
    return version >= HttpClientV5.VERSION ? HttpClientV5.answer(outcome) : HttpClientLegacy.answer(this, outcome);
  }
}
