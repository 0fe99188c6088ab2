package umbra.app.bwd;

import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.internal.HttpConnection;
import umbra.app.web.ClientLimits;
import umbra.app.web.LimitedConnections;

/**
 * Jetty's HTTP/1.1 connections, told apart where Kestrel tells them apart (backend.md 1.10): once
 * the headers are in, Jetty reports any framing error in the body as an early EOF, but Kestrel
 * answers a chunk size line it cannot read (not hex, or ended by a bare LF) with "Bad chunk size
 * data." at once. And a body that failed leaves Jetty's response marked non-persistent, which
 * would add a {@code Connection: close} Kestrel does not send. The client's limits are those of
 * {@link LimitedConnections}.
 */
final class CanvasConnections extends LimitedConnections {
  CanvasConnections(HttpConfiguration config, ClientLimits limits) {
    super(config, limits);
  }

  @Override
  protected LimitedConnection newConnection(HttpConfiguration config, Connector connector, EndPoint endPoint,
      ClientLimits limits) {
    return new CanvasConnection(config, connector, endPoint, limits);
  }

  /** Whether Jetty gave up on this request's body in a chunk size line. */
  static boolean badChunkSize(Request request) {
    return request.getConnectionMetaData().getConnection() instanceof CanvasConnection c && c.badChunkSize;
  }

  /**
   * Lets the response to a request whose body failed go out without {@code Connection: close}; the
   * connection is still closed after it (its body was not consumed), as Kestrel does silently.
   */
  static void answerWithoutConnectionClose(Request request) {
    if (request.getConnectionMetaData().getConnection() instanceof HttpConnection c) c.getGenerator().setPersistent(true);
  }

  private static final class CanvasConnection extends LimitedConnection {
    /** Set by the parser (on the connection's own thread) when a chunk size line fails; the connection then closes. */
    private volatile boolean badChunkSize;

    CanvasConnection(HttpConfiguration config, Connector connector, EndPoint endPoint, ClientLimits limits) {
      super(config, connector, endPoint, limits);
    }

    @Override
    protected void malformed(HttpParser.State state) {
      if (state == HttpParser.State.CHUNKED_CONTENT || state == HttpParser.State.CHUNK_SIZE) badChunkSize = true;
    }
  }
}
