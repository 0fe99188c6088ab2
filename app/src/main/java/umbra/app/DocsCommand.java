package umbra.app;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;
import umbra.domain.stdlib.Reference;
import umbra.domain.stdlib.StdLib;

/**
 * {@code umbra docs [SEARCH]}: the builtin functions, read from the registry the server runs
 * with; the same reference the editor API serves at {@code /docs}.
 */
final class DocsCommand implements Command {
  /** Built when the command runs: other commands need not build the standard library. */
  private final Supplier<Reference> reference;

  DocsCommand(Supplier<Reference> reference) { this.reference = reference; }

  DocsCommand() { this(() -> Reference.of(StdLib.registry())); }

  @Override public String name() { return "docs"; }

  @Override public String arguments() { return "[SEARCH]"; }

  @Override public String summary() { return "list the builtin functions (those whose name or description mentions SEARCH)"; }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.contains("--help") || args.contains("-h")) {
      out.println("usage: umbra docs [SEARCH]");
      out.println("  every builtin function by module: name, parameters, return type, pure or not, deprecation,");
      out.println("  description and how code calls it; with SEARCH only those whose name or description");
      out.println("  contains it, ignoring case ('umbra docs DB::', 'umbra docs random').");
      out.println("  The language guide is docs/language.md; 'umbra serve' shows the same reference at /docs.");
      return OK;
    }
    if (args.size() > 1) {
      err.println("usage: umbra docs [SEARCH] (one word; quote a phrase)");
      return USAGE;
    }
    String search = args.isEmpty() ? "" : args.get(0);
    Reference all = reference.get();
    Reference found = all.matching(search);
    if (found.entries().isEmpty()) {
      err.println("umbra docs: no function's name or description mentions '" + search + "'");
      return FAILED;
    }
    out.print(found.text());
    out.println();
    out.println(found.entries().size() + (search.isBlank() ? " functions" : " of " + all.entries().size() + " functions"));
    return OK;
  }
}
