package umbra.app.web;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.BufferUtil;

/**
 * Jetty's HTTP/1.1 connections within a client's {@link ClientLimits}, for both servers. Jetty's idle
 * timeout starts again with every byte, so a client trickling its headers or its body a byte at a time
 * could hold a connection (and, while a body is read, a thread) as long as it liked: these connections
 * time the headers as a whole, make a body keep to a minimum rate, and count connections per client
 * address. (Jetty 12's own minimum rate, {@code MinimumDataRateHandler}, divides the bytes of all the
 * requests it has seen by one request's time, and {@code HttpConfiguration.setMinRequestDataRate} is only
 * read by servlets.) A request over a limit fails as Jetty fails a malformed one: headers too slow get a
 * 408 from the server's error handler and the connection closes; a body too slow ends early, and whoever
 * reads it answers (the canvas server Kestrel's 400, the API a 408).
 */
public class LimitedConnections extends HttpConnectionFactory {
  private static final int ACCEPT_QUEUE = 1024;

  private final ClientLimits limits;
  /** Null when there is no cap. */
  private final ConnectionsPerAddress perAddress;

  public LimitedConnections(HttpConfiguration config, ClientLimits limits) {
    super(config);
    this.limits = limits;
    this.perAddress = limits.connectionsPerAddress() > 0 ? new ConnectionsPerAddress(limits.connectionsPerAddress()) : null;
  }

  /**
   * A connector on {@code port} (0 picks a free one) whose connections are these. The kernel may hold
   * 1024 connections Jetty has not taken yet, not the JDK's 50: a burst of connections (a flood being
   * closed one by one) would fill 50 at once, and other clients' attempts to connect would be dropped
   * and retried a second or more later.
   */
  public final ServerConnector connector(Server server, int port) {
    var connector = new ServerConnector(server, this);
    connector.setPort(port);
    connector.setAcceptQueueSize(ACCEPT_QUEUE);
    return connector;
  }

  @Override
  public final Connection newConnection(Connector connector, EndPoint endPoint) {
    LimitedConnection connection = newConnection(getHttpConfiguration(), connector, endPoint, limits);
    connection.setTransferEncodingChunkMaxLength(getTransferEncodingChunkMaxLength());
    if (perAddress != null) perAddress.watch(connection);
    return configure(connection, connector, endPoint);
  }

  /** A connection of this factory's kind (the canvas server's tell more failures apart). */
  protected LimitedConnection newConnection(HttpConfiguration config, Connector connector, EndPoint endPoint,
      ClientLimits limits) {
    return new LimitedConnection(config, connector, endPoint, limits);
  }

  /** One client's connection: its requests' headers timed as a whole, their bodies held to a minimum rate. */
  protected static class LimitedConnection extends HttpConnection {
    private final long headersTotalNanos;
    private final long minBodyRate;
    private final long bodyGraceNanos;
    /** When the current request's first byte arrived ({@link System#nanoTime}), or -1 before it. */
    private long headersBegan = -1;
    /** When the server began reading the current request's body, or -1 before it. */
    private long bodyBegan = -1;

    protected LimitedConnection(HttpConfiguration config, Connector connector, EndPoint endPoint, ClientLimits limits) {
      super(config, connector, endPoint);
      this.headersTotalNanos = limits.headersTotal().toNanos();
      this.minBodyRate = limits.minBodyRate();
      this.bodyGraceNanos = limits.bodyRateGrace().toNanos();
    }

    /** Jetty's parser found the request malformed in {@code state} (never called for a limit of these connections). */
    protected void malformed(HttpParser.State state) {}

    @Override
    protected HttpParser newHttpParser(HttpCompliance compliance) {
      HttpParser plain = super.newHttpParser(compliance);
      var parser = new LimitedParser((HttpParser.RequestHandler) plain.getHandler(),
          getHttpConfiguration().getRequestHeaderSize(), compliance);
      parser.setHeaderCacheSize(plain.getHeaderCacheSize());
      parser.setHeaderCacheCaseSensitive(plain.isHeaderCacheCaseSensitive());
      return parser;
    }

    private final class LimitedParser extends HttpParser {
      LimitedParser(RequestHandler handler, int maxHeaderBytes, HttpCompliance compliance) {
        super(handler, maxHeaderBytes, compliance);
      }

      @Override
      protected void badMessage(HttpException failure) {
        malformed(getState());
        super.badMessage(failure);
      }

      @Override
      public boolean parseNext(ByteBuffer buffer) {
        // the body's clock starts when the server first asks for it, even if nothing has arrived yet
        if (buffer.hasRemaining() || inContentState() && bodyBegan < 0) {
          String over = overLimit(buffer.remaining(), System.nanoTime());
          if (over != null) {
            BufferUtil.clear(buffer);
            super.badMessage(new HttpException.RuntimeException(HttpStatus.REQUEST_TIMEOUT_408, over));
            return false;
          }
        }
        return super.parseNext(buffer);
      }

      /** Why the request is cut off now that {@code arriving} more bytes of it are here, or null while it keeps to the limits. */
      private String overLimit(int arriving, long now) {
        if (isStart() || inHeaderState()) {
          if (headersBegan < 0) headersBegan = now;
          else if (now - headersBegan > headersTotalNanos) return "Request headers timeout";
        } else if (inContentState() && minBodyRate > 0) {
          if (bodyBegan < 0) bodyBegan = now;
          long reading = now - bodyBegan;
          double due = minBodyRate * (reading / 1e9);
          if (reading > bodyGraceNanos && getContentRead() + arriving < due) return "Request body data rate too low";
        }
        return null;
      }

      @Override
      public void reset() {
        headersBegan = -1;
        bodyBegan = -1;
        super.reset();
      }
    }
  }
}
