package umbra.domain.stdlib;

import java.util.regex.Pattern;

/**
 * The three generations of {@code String::slugify}. Each is a chain of regex replacements whose
 * {@code \s} is .NET's Unicode whitespace, spelled out here because Java's {@code \s} is ASCII-only.
 */
final class Slugify {
  private Slugify() {}

  private static final String WS = "\\t\\n\\x0B\\f\\r\\x85\\p{Z}";

  private static final Pattern V0_REMOVE = Pattern.compile("[^\\-a-zA-Z0-9" + WS + "$*_+~.()'\"!:@]|\\x0B");
  private static final Pattern V1_REMOVE = Pattern.compile("[^a-zA-Z0-9" + WS + "_\\-]|\\x0B");
  private static final Pattern V2_REMOVE = Pattern.compile("([^a-z0-9" + WS + "_\\-]|\\x0B)+");
  private static final Pattern TRIM = Pattern.compile("^[" + WS + "]+|[" + WS + "]+$");
  private static final Pattern V0_SPACES = Pattern.compile("[\\-" + WS + "]+");
  private static final Pattern HYPHENATED = Pattern.compile("[\\-_" + WS + "]+");

  /** Keeps a few punctuation marks; hyphens and whitespace collapse; lowercased last. */
  static String v0(String s) {
    String kept = TRIM.matcher(V0_REMOVE.matcher(s).replaceAll("")).replaceAll("");
    return DotnetText.toLower(V0_SPACES.matcher(kept).replaceAll("-"));
  }

  /** Only ASCII letters, digits, whitespace, '_' and '-' survive; '_' joins the hyphenated set. */
  static String v1(String s) {
    String kept = TRIM.matcher(V1_REMOVE.matcher(s).replaceAll("")).replaceAll("");
    return DotnetText.toLower(HYPHENATED.matcher(kept).replaceAll("-"));
  }

  /** Lowercases first, so only a-z survive among letters. */
  static String v2(String s) {
    String kept = DotnetText.trim(V2_REMOVE.matcher(DotnetText.toLower(s)).replaceAll(""));
    return HYPHENATED.matcher(kept).replaceAll("-");
  }
}
