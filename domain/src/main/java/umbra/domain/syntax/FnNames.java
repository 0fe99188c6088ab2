package umbra.domain.syntax;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a written function name into an {@link FnName}, the way Dark's
 * {@code ProgramTypesParser.FQFnName.parse} does (language.md B.3, last paragraph):
 * {@code owner/package/Module::fn_vN} is a package function, {@code Module::fn_vN} and
 * {@code Date::<} are builtins, the one-word names are builtins with an empty module, and
 * anything else is a user function named exactly as written.
 */
public final class FnNames {

  /** Builtins called without a module (B.3); with an explicit version only as listed. */
  public static final Set<String> ONE_WORD = Set.of(
      "toString", "toRepr", "equals", "notEquals", "assoc", "dissoc", "toForm", "emit",
      "toString_v0", "toRepr_v0", "equals_v0", "notEquals_v0", "assoc_v0", "dissoc_v0",
      "toForm_v0", "emit_v0", "emit_v1");

  private static final String OPS = "([-+><&|!=^%/*]{1,2})";
  private static final Pattern PACKAGE_VERSIONED = Pattern.compile(
      "([a-z][a-z0-9_]*)/([a-z][a-z0-9A-Z]*)/([A-Z][a-z0-9A-Z_]*)::([a-z][a-z0-9A-Z_]*)_v(\\d+)");
  private static final Pattern PACKAGE = Pattern.compile(
      "([a-z][a-z0-9_]*)/([a-z][a-z0-9A-Z]*)/([A-Z][a-z0-9A-Z_]*)::([a-z][a-z0-9A-Z_]*)");
  private static final Pattern STDLIB_VERSIONED =
      Pattern.compile("([A-Z][a-z0-9A-Z_]*)::([a-z][a-z0-9A-Z_]*)_v(\\d+)");
  private static final Pattern STDLIB = Pattern.compile("([A-Z][a-z0-9A-Z_]*)::([a-z][a-z0-9A-Z_]*)");
  private static final Pattern DATE_OP = Pattern.compile("Date::" + OPS);
  private static final Pattern OP = Pattern.compile(OPS);
  private static final Pattern OP_VERSIONED = Pattern.compile(OPS + "_v(\\d+)");
  private static final Pattern ONE_WORD_VERSIONED = Pattern.compile("([a-z][a-z0-9A-Z]*)_v(\\d+)");

  private FnNames() {}

  /** Never fails: a name no other rule accepts is a user function. */
  public static FnName parse(String name) {
    Matcher m;
    if ((m = PACKAGE_VERSIONED.matcher(name)).matches()) {
      return new FnName.Package(m.group(1), m.group(2), m.group(3), m.group(4), version(m.group(5)));
    }
    if ((m = PACKAGE.matcher(name)).matches()) {
      return new FnName.Package(m.group(1), m.group(2), m.group(3), m.group(4), 0);
    }
    if ((m = STDLIB_VERSIONED.matcher(name)).matches()) {
      return FnName.stdlib(m.group(1), m.group(2), version(m.group(3)));
    }
    if ((m = STDLIB.matcher(name)).matches()) return FnName.stdlib(m.group(1), m.group(2), 0);
    if ((m = DATE_OP.matcher(name)).matches()) return FnName.stdlib("Date", m.group(1), 0);
    if ((m = OP.matcher(name)).matches()) return FnName.stdlib("", m.group(1), 0);
    if ((m = OP_VERSIONED.matcher(name)).matches()) return FnName.stdlib("", m.group(1), version(m.group(2)));
    if (ONE_WORD.contains(name)) {
      m = ONE_WORD_VERSIONED.matcher(name);
      return m.matches() ? FnName.stdlib("", m.group(1), version(m.group(2))) : FnName.stdlib("", name, 0);
    }
    return new FnName.User(name);
  }

  /** Absurdly large versions are clamped rather than failing: no builtin has them, so the call is simply not found. */
  private static int version(String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }
}
