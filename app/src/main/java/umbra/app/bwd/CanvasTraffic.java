package umbra.app.bwd;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MetaData;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpStream;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import umbra.domain.http.WireResponse;
import umbra.dto.http.HeaderDto;
import umbra.dto.http.HttpRequestDto;
import umbra.dto.http.HttpResponseDto;
import umbra.handler.http.HttpRequestHandler;

/**
 * Canvas requests straight from Jetty, below Javalin's router: Dark serves any method
 * ({@code CUSTOM_VERB} included) on any path and its responses must be byte-exact, with no
 * header the web framework would add. Only health checks go on to Javalin.
 */
final class CanvasTraffic extends Handler.Wrapper {
  static final String HEALTH_HOST = "gce-ingress-healthcheck";

  private final HttpRequestHandler handler;

  CanvasTraffic(HttpRequestHandler handler) {
    this.handler = handler;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    // backend.md 1.1: health probes are answered only for the health-check host
    if (HEALTH_HOST.equals(Request.getServerName(request)) && request.getHttpURI().getPath().startsWith("/k8s/")) {
      return super.handle(request, response, callback);
    }
    var headers = new ArrayList<HeaderDto>();
    for (HttpField f : request.getHeaders()) headers.add(new HeaderDto(f.getName(), utf8(f.getValue())));
    var config = handler.config();
    RequestBody.Read body = RequestBody.read(request, config.maxBodyBytes(), config.bodyTimeout());
    var dto = new HttpRequestDto(request.getMethod(), request.getHttpURI().getScheme(), target(request), headers,
        body.bytes(), body.problem());
    if (body.problem() != HttpRequestDto.BodyProblem.NONE) CanvasConnections.answerWithoutConnectionClose(request);
    HttpResponseDto answer;
    try (var departure = ClientDeparture.watch(request)) { // closed before the response is written
      answer = handler.handle(dto, departure);
    }
    write(answer, request, response, callback);
    return true;
  }

  /** The request target as sent: Jetty splits off what follows a {@code #}, which Kestrel keeps in the query. */
  private static String target(Request request) {
    var uri = request.getHttpURI();
    String pathQuery = uri.getPathQuery();
    return uri.getFragment() == null ? pathQuery : pathQuery + "#" + uri.getFragment();
  }

  /** Jetty reads header bytes as ISO-8859-1; Kestrel passes non-ASCII values on as UTF-8 (backend.md 1.1). */
  private static String utf8(String latin1) {
    for (int i = 0; i < latin1.length(); i++) {
      if (latin1.charAt(i) >= 0x80) return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }
    return latin1;
  }

  static void write(HttpResponseDto r, Request request, Response response, Callback callback) {
    response.setStatus(r.status());
    HttpFields.Mutable fields = response.getHeaders();
    for (HeaderDto h : r.headers()) {
      if (h.name().equals("Content-Length")) {
        fields.put(HttpHeader.CONTENT_LENGTH, Long.parseLong(h.value()));
      } else if (WireResponse.isKnownName(h.name())) {
        fields.add(h.name(), h.value());
      } else {
        // a name Jetty may know (X-Forwarded-For...) keeps the handler's spelling, as Kestrel does
        fields.add(new HttpField(null, h.name(), h.value()));
      }
    }
    request.addHttpStreamWrapper(stream -> new StatusLine(stream, r.reason()));
    response.write(true, r.body().length == 0 ? null : ByteBuffer.wrap(r.body()), callback);
  }

  /** Writes Kestrel's reason phrases ({@code 500 Internal Server Error} where Jetty says {@code Server Error}). */
  private static final class StatusLine extends HttpStream.Wrapper {
    private final String reason;

    StatusLine(HttpStream stream, String reason) {
      super(stream);
      this.reason = reason;
    }

    @Override
    public void send(MetaData.Request request, MetaData.Response response, boolean last, ByteBuffer content,
        Callback callback) {
      MetaData.Response withReason = response == null ? null : new MetaData.Response(response.getStatus(), reason,
          response.getHttpVersion(), response.getHttpFields(), response.getContentLength(), response.getTrailersSupplier());
      super.send(request, withReason, last, content, callback);
    }
  }
}
