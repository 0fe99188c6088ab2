package umbra.handler.httpclient;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Which addresses user code may call by default: none on this machine or its private networks.
 * Checked on the address actually connected to, for every redirect hop, so neither DNS tricks
 * nor redirects get around it.
 */
public final class Destinations {
  private Destinations() {}

  /** Why {@code address} is refused, or empty when it is a public address. */
  public static Optional<String> refusal(InetAddress address) {
    if (address.isAnyLocalAddress()) return Optional.of("an unspecified address");
    if (address.isLoopbackAddress()) return Optional.of("a loopback address");
    if (address.isLinkLocalAddress()) return Optional.of("a link-local address (cloud metadata lives there)");
    if (address.isSiteLocalAddress()) return Optional.of("a private address");
    if (address.isMulticastAddress()) return Optional.of("a multicast address");
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      if (first == 0) return Optional.of("an unspecified address");
      if (first == 100 && second >= 64 && second <= 127) return Optional.of("a shared (carrier-grade NAT) address");
      if (first == 169 && second == 254) return Optional.of("a link-local address (cloud metadata lives there)");
    }
    if (address instanceof Inet6Address) {
      int first = b[0] & 0xff;
      if ((first & 0xfe) == 0xfc) return Optional.of("a private (unique local) address");
      if (first == 0xfe && (b[1] & 0xc0) == 0x80) return Optional.of("a link-local address");
      boolean mapped = true;
      for (int i = 0; i < 10; i++) mapped &= b[i] == 0;
      if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
        try {
          return refusal(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
        } catch (java.net.UnknownHostException e) {
          return Optional.of("an unreadable address");
        }
      }
    }
    return Optional.empty();
  }
}
