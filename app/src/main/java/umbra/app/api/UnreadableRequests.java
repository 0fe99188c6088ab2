package umbra.app.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import umbra.dto.api.ErrorResponse;

/**
 * The requests Jetty refuses before any route sees them (malformed HTTP, headers too large or too
 * slow to arrive) get the API's one error shape too, not Jetty's HTML page, and a fixed message:
 * nothing of what the client sent is echoed.
 */
final class UnreadableRequests extends ErrorHandler {
  private final JsonMapper json;

  UnreadableRequests(JsonMapper json) {
    this.json = json;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws JsonProcessingException {
    int status = response.getStatus();
    byte[] body = json.writeValueAsBytes(ErrorResponse.of(Reply.code(status), message(status)));
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.write(true, ByteBuffer.wrap(body), callback);
    return true;
  }

  private static String message(int status) {
    return switch (status) {
      case 408 -> "the request headers did not arrive in time";
      case 413, 414, 431 -> "the request line or headers are too large";
      default -> "the request is not valid HTTP";
    };
  }
}
