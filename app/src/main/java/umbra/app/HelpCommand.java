package umbra.app;

import java.io.PrintStream;
import java.util.List;

/** {@code umbra help}: what each command does. */
final class HelpCommand implements Command {
  private List<Command> commands = List.of();

  void listing(List<Command> all) { this.commands = List.copyOf(all); }

  @Override public String name() { return "help"; }

  @Override public String arguments() { return ""; }

  @Override public String summary() { return "show this list of commands"; }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    out.println("Umbra runs Dark programs on the JVM.");
    out.println();
    out.println("Usage: umbra COMMAND [ARGUMENTS]");
    out.println();
    out.println("Commands:");
    int width = commands.stream().mapToInt(c -> usage(c).length()).max().orElse(0);
    for (Command c : commands) out.println("  " + pad(usage(c), width) + "  " + c.summary());
    return OK;
  }

  private static String usage(Command c) { return c.arguments().isEmpty() ? c.name() : c.name() + " " + c.arguments(); }

  private static String pad(String s, int width) { return s + " ".repeat(width - s.length()); }
}
