package umbra.app.bwd;

import java.nio.ByteBuffer;
import java.time.Duration;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.BufferUtil;

/**
 * Jetty's HTTP/1.1 connections, told apart where Kestrel tells them apart (backend.md 1.10): once
 * the headers are in, Jetty reports any framing error in the body as an early EOF, but Kestrel
 * answers a chunk size line it cannot read (not hex, or ended by a bare LF) with "Bad chunk size
 * data." at once. And a body that failed leaves Jetty's response marked non-persistent, which
 * would add a {@code Connection: close} Kestrel does not send. Jetty's idle timeout starts again
 * with every byte, so its connections also bound the total time a request's headers may take.
 */
final class CanvasConnections extends HttpConnectionFactory {
  private final Duration headersTotal;

  CanvasConnections(HttpConfiguration config, Duration headersTotal) {
    super(config);
    this.headersTotal = headersTotal;
  }

  @Override
  public Connection newConnection(Connector connector, EndPoint endPoint) {
    var connection = new CanvasConnection(getHttpConfiguration(), connector, endPoint, headersTotal.toNanos());
    connection.setTransferEncodingChunkMaxLength(getTransferEncodingChunkMaxLength());
    return configure(connection, connector, endPoint);
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

  private static final class CanvasConnection extends HttpConnection {
    /** Set by the parser (on the connection's own thread) when a chunk size line fails; the connection then closes. */
    private volatile boolean badChunkSize;
    /** The most a request's headers may take, in nanoseconds. */
    private final long headersTotalNanos;
    /** When the current request's first byte arrived ({@link System#nanoTime}), or -1 between requests. */
    private long headersBegan = -1;

    CanvasConnection(HttpConfiguration config, Connector connector, EndPoint endPoint, long headersTotalNanos) {
      super(config, connector, endPoint);
      this.headersTotalNanos = headersTotalNanos;
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

        @Override
        public boolean parseNext(ByteBuffer buffer) {
          if (!(isStart() || inHeaderState())) {
            headersBegan = -1;
          } else if (buffer.hasRemaining()) {
            long now = System.nanoTime();
            if (headersBegan < 0) {
              headersBegan = now;
            } else if (now - headersBegan > headersTotalNanos) {
              // the bytes keep the idle timeout at bay, but the headers took too long in all
              BufferUtil.clear(buffer);
              badMessage(new HttpException.RuntimeException(HttpStatus.REQUEST_TIMEOUT_408, "Request headers timeout"));
              return false;
            }
          }
          return super.parseNext(buffer);
        }

        @Override
        public void reset() {
          headersBegan = -1;
          super.reset();
        }
      };
      parser.setHeaderCacheSize(plain.getHeaderCacheSize());
      parser.setHeaderCacheCaseSensitive(plain.isHeaderCacheCaseSensitive());
      return parser;
    }
  }
}
