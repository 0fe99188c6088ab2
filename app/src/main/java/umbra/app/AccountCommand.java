package umbra.app;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import umbra.domain.account.Permission;
import umbra.handler.storage.AccountHandler;
import umbra.handler.storage.Database;
import umbra.handler.storage.DatabaseConfig;
import umbra.handler.storage.DatabaseUnavailableException;

/**
 * {@code umbra account ...}: administration next to the database (it reads {@code DATABASE_URL}),
 * not through the API. {@code create} prints the new account's API token as the last line.
 */
final class AccountCommand implements Command {
  private static final String USAGE_TEXT = """
      usage: umbra account create NAME                  create an account; prints its API token last
             umbra account token NAME                   issue another API token for NAME
             umbra account grant OWNER USER read|read-write   let USER use OWNER's canvases
             umbra account revoke OWNER USER            take that back""";

  private final Map<String, String> env;

  AccountCommand(Map<String, String> env) { this.env = env; }

  @Override public String name() { return "account"; }

  @Override public String arguments() { return "create NAME | token NAME | grant ... | revoke ..."; }

  @Override public String summary() { return "manage accounts, API tokens and grants on DATABASE_URL (details: umbra account)"; }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.contains("--help") || args.contains("-h")) {
      out.println(USAGE_TEXT);
      return OK;
    }
    String verb = args.isEmpty() ? "" : args.get(0);
    int arity = switch (verb) {
      case "create", "token" -> 2;
      case "grant" -> 4;
      case "revoke" -> 3;
      default -> -1;
    };
    if (arity != args.size()) {
      err.println(USAGE_TEXT);
      return USAGE;
    }
    try (Database db = Database.openCreatingIfMissing(DatabaseConfig.fromEnvironment(env))) {
      var accounts = new AccountHandler(db.jdbi(), new SecureRandom());
      return switch (verb) {
        case "create" -> create(accounts, args.get(1), out, err);
        case "token" -> token(accounts, args.get(1), out, err);
        case "grant" -> grant(accounts, args.get(1), args.get(2), args.get(3), out, err);
        default -> revoke(accounts, args.get(1), args.get(2), out, err);
      };
    } catch (DatabaseUnavailableException | IllegalArgumentException e) {
      err.println("umbra account: " + e.getMessage());
      return FAILED;
    }
  }

  private static int create(AccountHandler accounts, String name, PrintStream out, PrintStream err) {
    return switch (accounts.createAccount(name)) {
      case AccountHandler.Creation.Created c -> {
        out.println("Created account " + name + ". It owns the canvases " + name + " and " + name + "-*.");
        out.println("Its API token (shown only now; use it as UMBRA_TOKEN or as 'Authorization: Bearer ...'):");
        out.println(c.token());
        yield OK;
      }
      case AccountHandler.Creation.Rejected r -> {
        err.println("umbra account create: " + r.reason());
        yield FAILED;
      }
    };
  }

  private static int token(AccountHandler accounts, String name, PrintStream out, PrintStream err) {
    Optional<String> token = accounts.newToken(name);
    if (token.isEmpty()) {
      err.println("umbra account token: no account named " + name);
      return FAILED;
    }
    out.println("A new API token for " + name + " (its older tokens stay valid):");
    out.println(token.get());
    return OK;
  }

  private static int grant(AccountHandler accounts, String owner, String user, String level, PrintStream out,
      PrintStream err) {
    Permission permission = switch (level) {
      case "read" -> Permission.READ;
      case "read-write" -> Permission.READ_WRITE;
      default -> null;
    };
    if (permission == null) {
      err.println("umbra account grant: the permission is 'read' or 'read-write', not '" + level + "'");
      return USAGE;
    }
    List<String> missing = accounts.grant(owner, user, permission);
    if (!missing.isEmpty()) {
      err.println("umbra account grant: " + noAccount(missing));
      return FAILED;
    }
    out.println(user + " may now " + (permission == Permission.READ ? "read" : "read and change") + " the canvases of " + owner + ".");
    return OK;
  }

  private static int revoke(AccountHandler accounts, String owner, String user, PrintStream out, PrintStream err) {
    List<String> missing = accounts.revoke(owner, user);
    if (!missing.isEmpty()) {
      err.println("umbra account revoke: " + noAccount(missing));
      return FAILED;
    }
    out.println(user + " no longer has a grant on the canvases of " + owner + ".");
    return OK;
  }

  /** {@code no account named bob}, or {@code no accounts named alice and bob}. */
  private static String noAccount(List<String> names) {
    return names.size() == 1 ? "no account named " + names.get(0) : "no accounts named " + String.join(" and ", names);
  }
}
