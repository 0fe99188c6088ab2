package umbra.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import umbra.app.client.ApiClient;
import umbra.dto.api.SecretNames;

/**
 * {@code umbra secret set|list|delete CANVAS [NAME]}: a canvas's secrets through the API. A value
 * is read from standard input unless given with {@code --value}, so it stays out of shell history.
 */
final class SecretCommand implements Command {
  private static final String USAGE_TEXT = """
      usage: umbra secret list CANVAS                      the names of its secrets, newest first
             umbra secret set CANVAS NAME                  set NAME to the value on standard input
                                                           (one line end at its end is dropped)
             umbra secret set CANVAS NAME --value VALUE    set NAME to VALUE
             umbra secret delete CANVAS NAME               delete NAME
      The canvas's code sees a secret as a string variable named NAME. 'set' replaces the value of a
      secret the canvas has, at once: its handlers never run without it. Values never come back.
      Talks to UMBRA_API (default http://localhost:9000) with UMBRA_TOKEN.""";

  private final Map<String, String> env;
  private final InputStream stdin;
  private final boolean stdinIsTerminal;

  /** @param stdinIsTerminal whether a person types the value (then a line on stderr says how to end it) */
  SecretCommand(Map<String, String> env, InputStream stdin, boolean stdinIsTerminal) {
    this.env = env;
    this.stdin = stdin;
    this.stdinIsTerminal = stdinIsTerminal;
  }

  @Override public String name() { return "secret"; }

  @Override public String arguments() { return "list|set|delete CANVAS [NAME]"; }

  @Override public String summary() { return "list, set (value from stdin or --value) or delete a canvas's secrets (UMBRA_API)"; }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    // a value given with --value may be any word, "-h" too
    List<String> words = args.contains("--value") ? args.subList(0, args.indexOf("--value")) : args;
    if (words.contains("--help") || words.contains("-h")) {
      out.println(USAGE_TEXT);
      return OK;
    }
    String verb = args.isEmpty() ? "" : args.get(0);
    boolean understood = switch (verb) {
      case "list" -> args.size() == 2;
      case "delete" -> args.size() == 3;
      case "set" -> args.size() == 3 || args.size() == 5 && args.get(3).equals("--value");
      default -> false;
    };
    if (!understood) {
      err.println(USAGE_TEXT);
      return USAGE;
    }
    Optional<ApiClient> client = ApiCommands.client("secret", env, err);
    if (client.isEmpty()) return USAGE;
    String canvas = args.get(1);
    try {
      switch (verb) {
        case "list" -> list(client.get().secrets(canvas), canvas, out, err);
        case "delete" -> {
          client.get().deleteSecret(canvas, args.get(2));
          out.println("deleted secret " + args.get(2) + " of canvas " + canvas);
        }
        default -> {
          Optional<String> value = args.size() == 5 ? Optional.of(args.get(4)) : fromStdin(args.get(2), err);
          if (value.isEmpty()) return FAILED;
          client.get().putSecret(canvas, args.get(2), value.get());
          out.println("set secret " + args.get(2) + " of canvas " + canvas);
        }
      }
      return OK;
    } catch (ApiClient.Failure e) {
      err.println("umbra secret " + verb + ": " + e.getMessage());
      return FAILED;
    }
  }

  private static void list(SecretNames names, String canvas, PrintStream out, PrintStream err) {
    if (names.secrets().isEmpty()) err.println("canvas " + canvas + " has no secrets");
    names.secrets().forEach(out::println);
  }

  /** All of standard input but one line end at its end; empty after saying why. */
  private Optional<String> fromStdin(String name, PrintStream err) {
    if (stdinIsTerminal) err.println("umbra secret set: type the value of " + name + ", then Enter and Ctrl-D");
    String value;
    try {
      value = new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      err.println("umbra secret set: cannot read the value from standard input: " + e.getMessage());
      return Optional.empty();
    }
    value = value.endsWith("\r\n") ? value.substring(0, value.length() - 2)
        : value.endsWith("\n") ? value.substring(0, value.length() - 1) : value;
    if (value.isEmpty()) {
      err.println("umbra secret set: no value on standard input (give an empty one with --value '')");
      return Optional.empty();
    }
    return Optional.of(value);
  }
}
