package umbra.domain.account;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Rules for the name of a new account (backend.md 8.1; Dark's {@code UserName.newUserAllowed}). */
public final class AccountName {
  static final String PATTERN = "[a-z][_a-z0-9]{2,20}";
  private static final Pattern FULL = Pattern.compile("^" + PATTERN + "$");

  /** Reserved so nobody can pose as the operator (ldpreload.com "names to reserve", plus Dark's own). */
  private static final Set<String> RESERVED = Set.of(
      "abuse", "admin", "administrator", "autoconfig", "broadcasthost", "ftp", "hostmaster", "imap",
      "info", "is", "isatap", "it", "localdomain", "localhost", "mail", "mailer-daemon", "marketing",
      "mis", "news", "nobody", "noc", "noreply", "no-reply", "pop", "pop3", "postmaster", "root",
      "sales", "security", "smtp", "ssladmin", "ssladministrator", "sslwebmaster", "support",
      "sysadmin", "usenet", "uucp", "webmaster", "wpad", "billing", "dev", "alpha");

  private AccountName() {}

  /** Empty when {@code name} may be registered, else the reason it may not. */
  public static Optional<String> rejectNew(String name) {
    if (name.length() > 21) return Optional.of("Username was too long, must be <= 20.");
    if (!FULL.matcher(name).matches()) {
      return Optional.of("Invalid username '" + name + "', can only contain lowercase roman letters and digits, or '_'");
    }
    if (RESERVED.contains(name)) return Optional.of("Username is not allowed");
    return Optional.empty();
  }
}
