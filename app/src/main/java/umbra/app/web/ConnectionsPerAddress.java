package umbra.app.web;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.io.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import umbra.handler.http.RepeatedWarnings;

/**
 * Counts each client address's open connections and closes a new one at once when its address
 * already has {@code cap} open, so one address cannot take the server's connections (Jetty's own
 * limits count all clients together). Refusals are logged at most once every few seconds.
 */
final class ConnectionsPerAddress {
  private static final Logger LOG = LoggerFactory.getLogger(ConnectionsPerAddress.class);

  private final int cap;
  private final ConcurrentHashMap<InetAddress, Integer> open = new ConcurrentHashMap<>();
  private final RepeatedWarnings<Boolean> refusals = new RepeatedWarnings<>(Duration.ofSeconds(5), System::nanoTime);

  ConnectionsPerAddress(int cap) {
    if (cap <= 0) throw new IllegalArgumentException("cap must be positive");
    this.cap = cap;
  }

  /** Counts {@code connection} under its client's address while it is open; closes it when it opens beyond the cap. */
  void watch(Connection connection) {
    // read now: once the connection is closed, its end point no longer knows the address
    if (!(connection.getEndPoint().getRemoteSocketAddress() instanceof InetSocketAddress remote)) return;
    connection.addEventListener(new Counted(remote.getAddress()));
  }

  private final class Counted implements Connection.Listener {
    private final InetAddress address;
    /** Whether this connection was counted (so its close is uncounted once, and only then). */
    private volatile boolean counted;

    Counted(InetAddress address) {
      this.address = address;
    }

    @Override
    public void onOpened(Connection connection) {
      counted = true;
      int now = open.merge(address, 1, Integer::sum);
      if (now > cap) {
        long refused = refusals.occurred(Boolean.TRUE);
        if (refused > 0) {
          LOG.warn("refused {} connection(s) beyond {} open from one address since the previous line, the latest from {}",
              refused, cap, address.getHostAddress());
        }
        connection.close();
      }
    }

    @Override
    public void onClosed(Connection connection) {
      if (!counted) return;
      counted = false;
      open.computeIfPresent(address, (a, n) -> n == 1 ? null : n - 1);
    }
  }
}
