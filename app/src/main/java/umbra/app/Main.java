package umbra.app;

import java.io.Console;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code umbra} command line: picks the sub-command and hands it the remaining words. */
public final class Main {
  private final List<Command> commands;

  Main(List<Command> commands) { this.commands = commands; }

  /** Every command, in the order help lists them. */
  List<Command> commands() { return commands; }

  static Main standard() {
    return standard(System.getenv(), System.in, interactive());
  }

  /** Whether a person at a terminal runs us: since JDK 22 a console exists when redirected too, and says so. */
  private static boolean interactive() {
    Console console = System.console();
    if (console == null) return false;
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // JDK 21: a console only for a terminal
    }
  }

  /** @param env the environment the commands read (DATABASE_URL, UMBRA_API, UMBRA_TOKEN, ...) */
  static Main standard(Map<String, String> env) {
    return standard(env, InputStream.nullInputStream(), false);
  }

  /** @param stdin what {@code secret set} reads a value from; {@code stdinIsTerminal}: a person types it */
  static Main standard(Map<String, String> env, InputStream stdin, boolean stdinIsTerminal) {
    var help = new HelpCommand();
    var main = new Main(List.of(new TestCommand(), new ServeCommand(env), new AccountCommand(env),
        new DbCommand(env), new WorkerCommand(env), new PushCommand(env), new PullCommand(env), new SettingsCommand(env),
        new TailCommand(env), new TracesCommand(env), new TraceCommand(env), new NotFoundsCommand(env), new ReplayCommand(env),
        new CanvasCommand(env), new SecretCommand(env, stdin, stdinIsTerminal), new UndoCommand(env, false), new UndoCommand(env, true),
        new DocsCommand(), help));
    help.listing(main.commands);
    return main;
  }

  public static void main(String[] args) {
    int code;
    try {
      code = standard().run(Arrays.asList(args), System.out, System.err);
    } catch (RuntimeException | Error e) {
      // a bug in Umbra, not the user's mistake: one line, no stack trace
      System.err.println("umbra: internal error: " + (e.getCause() != null ? e.getCause() : e));
      code = Command.FAILED;
    }
    System.exit(code);
  }

  int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.isEmpty()) return command("help").orElseThrow().run(List.of(), out, err);
    String word = args.get(0).equals("--help") || args.get(0).equals("-h") ? "help" : args.get(0);
    Optional<Command> command = command(word);
    if (command.isEmpty() && word.equals("selftest")) {
      err.println("umbra: selftest is run by the ./umbra script (it builds and tests with Maven), not by this JVM");
      return Command.USAGE;
    }
    if (command.isEmpty()) {
      err.println("umbra: unknown command '" + word + "' (see 'umbra help')");
      return Command.USAGE;
    }
    return command.get().run(args.subList(1, args.size()), out, err);
  }

  private Optional<Command> command(String name) {
    return commands.stream().filter(c -> c.name().equals(name)).findFirst();
  }
}
