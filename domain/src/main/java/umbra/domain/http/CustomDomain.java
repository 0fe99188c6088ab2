package umbra.domain.http;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Host names a canvas may take as custom domains (backend.md 1.3: looked up by exact, lowercase
 * host). Only what the canvas server would ever look up is accepted.
 */
public final class CustomDomain {
  /** A DNS label: 1 to 63 of {@code [a-z0-9-]}, not starting or ending with '-'. */
  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

  private CustomDomain() {}

  /**
   * Empty when {@code host} is a lowercase DNS name of at least two labels that the canvas server
   * would look up in the custom domains, else why not.
   *
   * @param baseDomains the canvas server's base domains: {@code <canvas>.<base>} names a canvas directly
   */
  public static Optional<String> reject(String host, List<String> baseDomains) {
    if (host.isEmpty() || host.length() > 253) {
      return Optional.of("a custom domain is a host name of 1 to 253 characters, not '" + host + "'");
    }
    String[] labels = host.split("\\.", -1);
    boolean dns = labels.length >= 2;
    for (String label : labels) dns &= LABEL.matcher(label).matches();
    if (!dns) {
      return Optional.of("'" + host + "' is not a host name: use lowercase labels of letters, digits and '-', "
          + "separated by dots, like api.example.com (no scheme, port, path or trailing dot)");
    }
    if (labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
      return Optional.of("'" + host + "' is an IP address; a custom domain is a host name like api.example.com");
    }
    if (!(CanvasHost.of(host, baseDomains) instanceof CanvasHost.Custom)) {
      return Optional.of("'" + host + "' is served by Umbra itself (under " + String.join(", ", baseDomains)
          + "), so it cannot be a custom domain");
    }
    return Optional.empty();
  }
}
