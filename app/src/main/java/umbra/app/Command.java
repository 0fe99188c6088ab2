package umbra.app;

import java.io.PrintStream;
import java.util.List;

/** One sub-command of {@code umbra}: adding a command is one class and one line in {@link Main}. */
interface Command {
  /** The word that selects the command: {@code umbra <name> ...}. */
  String name();

  /** Arguments as shown in help, e.g. {@code "PATH..."}. */
  String arguments();

  /** One line saying what the command does. */
  String summary();

  /** Runs with the words after the command name; returns the process exit code. */
  int run(List<String> args, PrintStream out, PrintStream err);

  /** Exit codes shared by every command. */
  int OK = 0;
  int FAILED = 1;
  int USAGE = 2;
}
