package umbra.app.bwd;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * backend.md 1.1: malformed HTTP is refused by the web server itself, with an empty body,
 * {@code Connection: close} and none of Dark's headers. (Requests that parse never get here:
 * {@link CanvasTraffic} answers them all.)
 */
final class BareBadRequests extends ErrorHandler {
  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0L);
    response.write(true, null, callback);
    return true;
  }
}
