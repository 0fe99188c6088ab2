package umbra.app;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/** {@code umbra help [COMMAND]}: what each command does, or one command's usage. */
final class HelpCommand implements Command {
  /** Run by the {@code umbra} script itself (Maven, not this JVM), so listed here by hand. */
  private static final String SELFTEST = "selftest [MAVEN_ARGS]";
  private static final String SELFTEST_SUMMARY = "build and run every test: unit, PostgreSQL, conformance (./umbra script only)";

  private List<Command> commands = List.of();

  void listing(List<Command> all) { this.commands = List.copyOf(all); }

  @Override public String name() { return "help"; }

  @Override public String arguments() { return "[COMMAND]"; }

  @Override public String summary() { return "show this list of commands, or one command's usage (like COMMAND --help)"; }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    Optional<Command> one = args.size() == 1 ? commands.stream().filter(c -> c.name().equals(args.get(0))).findFirst()
        : Optional.empty();
    if (one.isPresent() && one.get() != this) return one.get().run(List.of("--help"), out, err);
    out.println("Umbra runs Dark programs on the JVM.");
    out.println();
    out.println("Usage: umbra COMMAND [ARGUMENTS]   (umbra COMMAND --help: its usage)");
    out.println();
    out.println("Commands:");
    int width = Math.max(SELFTEST.length(), commands.stream().mapToInt(c -> usage(c).length()).max().orElse(0));
    for (Command c : commands) out.println("  " + pad(usage(c), width) + "  " + c.summary());
    out.println("  " + pad(SELFTEST, width) + "  " + SELFTEST_SUMMARY);
    return OK;
  }

  private static String usage(Command c) { return c.arguments().isEmpty() ? c.name() : c.name() + " " + c.arguments(); }

  private static String pad(String s, int width) { return s + " ".repeat(width - s.length()); }
}
