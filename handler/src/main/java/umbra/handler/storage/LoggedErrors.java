package umbra.handler.storage;

import java.sql.SQLException;
import org.jdbi.v3.core.JdbiException;

/**
 * What a log line may say about a failure that came from the database. PostgreSQL's messages
 * quote the values they choke on ({@code invalid input syntax for type integer: "..."}), and
 * every exception wrapping one repeats its message; a secret, a token digest or a user's row would
 * reach the log. So each exception of such a chain is logged by its class (and SQLState) only,
 * with its stack trace: enough to find the statement, nothing of what it was bound to.
 */
public final class LoggedErrors {
  private LoggedErrors() {}

  /** {@code e} itself when no database exception is in its chain, else the same chain without messages. */
  public static Throwable withoutValues(Throwable e) {
    return fromDatabase(e) ? copy(e, 0) : e;
  }

  /** One line for a warning: the exception's first line, or its class chain when it came from the database. */
  public static String oneLine(Throwable e) {
    if (!fromDatabase(e)) return String.valueOf(e.getMessage() == null ? e : e.getMessage()).strip().lines().findFirst().orElse("");
    var out = new StringBuilder();
    for (Throwable t = withoutValues(e); t != null; t = t.getCause()) out.append(out.isEmpty() ? "" : " <- ").append(t.getMessage());
    return out.toString();
  }

  private static boolean fromDatabase(Throwable e) {
    int depth = 0;
    for (Throwable t = e; t != null && depth < 32; t = t.getCause(), depth++) {
      if (t instanceof SQLException || t instanceof JdbiException) return true;
    }
    return false;
  }

  private static Throwable copy(Throwable t, int depth) {
    String what = t.getClass().getName() + (t instanceof SQLException s ? " (SQLState " + s.getSQLState() + ")" : "");
    Throwable cause = t.getCause() == null || depth >= 32 ? null : copy(t.getCause(), depth + 1);
    var copy = new WithoutValues(what, cause);
    copy.setStackTrace(t.getStackTrace());
    return copy;
  }

  /** An exception of the chain, its message replaced by its class. */
  static final class WithoutValues extends RuntimeException {
    WithoutValues(String what, Throwable cause) { super(what, cause, false, true); }

    @Override public String toString() { return getMessage(); }
  }
}
