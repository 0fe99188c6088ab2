package umbra.app.bwd;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.SocketChannelEndPoint;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Callback;
import umbra.domain.eval.Cancellation;

/**
 * Tells the evaluation of a request to stop once its client has closed the connection, so an
 * abandoned request frees its core and its canvas's place at once.
 *
 * <p>Jetty does not read an HTTP/1.1 connection while its request is being handled, so it learns
 * of a client's leaving only when it writes the response: neither a failure listener nor the
 * connection's close would fire in time. So, once the body is read, this asks Jetty's selector to
 * say when the socket becomes readable again. With the request read, that is the client's end of
 * input (FIN, or a reset), or the bytes of a next, pipelined request. Those bytes are Jetty's to
 * parse, so they are not read: the count of bytes waiting ({@code FIONREAD}, through {@link
 * java.io.InputStream#available}) tells the two apart, none meaning the client left. A client that
 * only half-closes is taken to have left, as Kestrel does (aspnet/KestrelHttpServer#1218: clients
 * in use send FIN only after their response); one that pipelines is not watched further.
 *
 * <p>{@link #close} ends the watch before the response is written, so the connection then reads its
 * next request as usual.
 */
final class ClientDeparture implements Cancellation, AutoCloseable {
  static final String REASON = "Execution stopped: the client closed the connection";

  private final SocketChannelEndPoint endPoint;
  /** While the selector holds {@link #readable} for this request; whoever turns it off handles the end. */
  private final AtomicBoolean watching = new AtomicBoolean();
  private volatile boolean left;

  private final Callback readable = new Callback() {
    @Override public void succeeded() {
      if (watching.compareAndSet(true, false)) left = nothingWaiting(endPoint.getChannel());
    }

    @Override public void failed(Throwable cause) {
      if (watching.compareAndSet(true, false)) left = true; // the connection was closed
    }

    @Override public InvocationType getInvocationType() { return InvocationType.NON_BLOCKING; }
  };

  private ClientDeparture(SocketChannelEndPoint endPoint) {
    this.endPoint = endPoint;
  }

  /** Starts watching the connection of {@code request}, whose body has been read. */
  static ClientDeparture watch(Request request) {
    EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
    if (!(endPoint instanceof SocketChannelEndPoint socket)) return new ClientDeparture(null);
    var departure = new ClientDeparture(socket);
    if (socket.isInputShutdown()) {
      departure.left = true; // Jetty read the end of input with the request
    } else {
      departure.watching.set(true);
      // false when Jetty itself still waits to read (a body it gave up on): nothing to watch then
      if (!socket.tryFillInterested(departure.readable)) departure.watching.set(false);
    }
    return departure;
  }

  @Override public Optional<String> reason() { return left ? Optional.of(REASON) : Optional.empty(); }

  /** Ends the watch; the selector forgets {@link #readable}, and the connection may read again. */
  @Override public void close() {
    if (watching.compareAndSet(true, false)) endPoint.getFillInterest().onFail(new IOException("request handled"));
  }

  private static boolean nothingWaiting(SocketChannel channel) {
    try {
      return channel.socket().getInputStream().available() == 0;
    } catch (IOException e) {
      return true; // a socket that cannot say is one the client has reset
    }
  }
}
