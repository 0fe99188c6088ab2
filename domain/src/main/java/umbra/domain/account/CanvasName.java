package umbra.domain.account;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Canvas names (backend.md 1.3): {@code <owner>} or {@code <owner>-<rest>}, where the owner is an
 * account name; the owner of {@code alice} and {@code alice-blog} is {@code alice}.
 */
public final class CanvasName {
  private static final Pattern FULL = Pattern.compile("^" + AccountName.PATTERN + "(-([-_a-z0-9]+)?)?$");
  private static final Pattern OWNER = Pattern.compile("^" + AccountName.PATTERN + "$");

  private CanvasName() {}

  /** Empty when {@code name} is a valid canvas name, else the reason (texts of backend.md 1.3). */
  public static Optional<String> reject(String name) {
    if (name.length() > 64) return Optional.of("Invalid canvas name - must be <= 64 characters");
    if (name.isEmpty()) return Optional.of("Invalid canvas name - no canvas name");
    if (FULL.matcher(name).matches()) return Optional.empty();
    String owner = owner(name);
    if (!OWNER.matcher(owner).matches()) {
      return Optional.of("Invalid username '" + owner + "' - must be 2-20 lowercase characters, and must start with a letter.");
    }
    return Optional.of("Invalid canvas name '" + name + "' - must contain only letters, digits, and '-'");
  }

  /** The same rule as {@link #reject}, without a regex: every request's Host is checked with it. */
  public static boolean isValid(String name) {
    int n = name.length();
    if (n == 0 || n > 64 || name.charAt(0) < 'a' || name.charAt(0) > 'z') return false;
    int i = 1;
    while (i < n && name.charAt(i) != '-') {
      if (!nameChar(name.charAt(i))) return false;
      i++;
    }
    if (i < 3 || i > 21) return false; // the owner: a letter, then 2 to 20 of [_a-z0-9]
    for (i++; i < n; i++) {
      if (name.charAt(i) != '-' && !nameChar(name.charAt(i))) return false;
    }
    return true;
  }

  private static boolean nameChar(char c) { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_'; }

  /** The text before the first {@code -} (Dark's {@code ownerNameFromCanvasName}). */
  public static String owner(String canvasName) {
    int dash = canvasName.indexOf('-');
    return dash < 0 ? canvasName : canvasName.substring(0, dash);
  }
}
