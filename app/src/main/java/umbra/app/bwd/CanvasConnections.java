package umbra.app.bwd;

import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.internal.HttpConnection;

/**
 * Jetty's HTTP/1.1 connections, told apart where Kestrel tells them apart (backend.md 1.10): once
 * the headers are in, Jetty reports any framing error in the body as an early EOF, but Kestrel
 * answers a chunk size line it cannot read (not hex, or ended by a bare LF) with "Bad chunk size
 * data." at once. And a body that failed leaves Jetty's response marked non-persistent, which
 * would add a {@code Connection: close} Kestrel does not send.
 */
final class CanvasConnections extends HttpConnectionFactory {
  CanvasConnections(HttpConfiguration config) {
    super(config);
  }

  @Override
  public Connection newConnection(Connector connector, EndPoint endPoint) {
    var connection = new ChunkAware(getHttpConfiguration(), connector, endPoint);
    connection.setTransferEncodingChunkMaxLength(getTransferEncodingChunkMaxLength());
    return configure(connection, connector, endPoint);
  }

  /** Whether Jetty gave up on this request's body in a chunk size line. */
  static boolean badChunkSize(Request request) {
    return request.getConnectionMetaData().getConnection() instanceof ChunkAware c && c.badChunkSize;
  }

  /**
   * Lets the response to a request whose body failed go out without {@code Connection: close}; the
   * connection is still closed after it (its body was not consumed), as Kestrel does silently.
   */
  static void answerWithoutConnectionClose(Request request) {
    if (request.getConnectionMetaData().getConnection() instanceof HttpConnection c) c.getGenerator().setPersistent(true);
  }

  private static final class ChunkAware extends HttpConnection {
    /** Set by the parser (on the connection's own thread) when a chunk size line fails; the connection then closes. */
    private volatile boolean badChunkSize;

    ChunkAware(HttpConfiguration config, Connector connector, EndPoint endPoint) {
      super(config, connector, endPoint);
    }

    @Override
    protected HttpParser newHttpParser(HttpCompliance compliance) {
      HttpParser plain = super.newHttpParser(compliance);
      var parser = new HttpParser((HttpParser.RequestHandler) plain.getHandler(),
          getHttpConfiguration().getRequestHeaderSize(), compliance) {
        @Override
        protected void badMessage(HttpException failure) {
          State state = getState();
          if (state == State.CHUNKED_CONTENT || state == State.CHUNK_SIZE) {
            badChunkSize = true;
          }
          super.badMessage(failure);
        }
      };
      parser.setHeaderCacheSize(plain.getHeaderCacheSize());
      parser.setHeaderCacheCaseSensitive(plain.isHeaderCacheCaseSensitive());
      return parser;
    }
  }
}
