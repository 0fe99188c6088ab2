package umbra.domain.stdlib;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import umbra.domain.canvas.text.TypeText;
import umbra.domain.syntax.Expr.Rail;
import umbra.domain.syntax.Printer;

/**
 * The reference of the builtin functions, read from a {@link Registry}: what {@code umbra docs}
 * prints and {@code /docs} shows. Nothing in it is written by hand but the registrations' own
 * descriptions, so it cannot drift from what a program may call.
 */
public final class Reference {
  /** How {@link #text} names the module of {@code toString}, {@code emit} and the other one-word functions. */
  public static final String NO_MODULE = "(no module)";

  private final List<Entry> entries;

  private Reference(List<Entry> entries) { this.entries = List.copyOf(entries); }

  /**
   * One builtin as a reader needs it.
   *
   * @param name the registry's name, {@code Int::add_v0} (version 0 has no suffix: {@code Int::add})
   * @param module {@code Int}, or empty for {@code toString} and the other one-word functions
   * @param function the name without module and version: {@code add}
   * @param written how code calls it: {@code Int.add}, {@code Date.(<)}, {@code toString}
   * @param returnType in the canvas text's type notation ({@link TypeText})
   * @param purity {@code pure}, {@code impure} or {@code impure, previewable} (the editor may run it to preview)
   * @param deprecation why not to use it (often {@code ReplacedBy ...}), empty when current
   */
  public record Entry(String name, String module, String function, int version, String written,
      List<Param> params, String returnType, String purity, Optional<String> deprecation, String description) {
    public Entry { params = List.copyOf(params); }

    /** {@code (a: Int, b: Int) -> Int}. */
    public String signature() {
      return "(" + String.join(", ", params.stream().map(p -> p.name() + ": " + p.type()).toList()) + ") -> " + returnType;
    }

    public boolean isPure() { return purity.equals("pure"); }

    /** Whether {@code word} occurs, ignoring case, in its name, the way code writes it, or its description. */
    public boolean mentions(String word) {
      String w = word.toLowerCase(Locale.ROOT);
      return name.toLowerCase(Locale.ROOT).contains(w) || written.toLowerCase(Locale.ROOT).contains(w)
          || description.toLowerCase(Locale.ROOT).contains(w);
    }
  }

  /** A parameter: its name and type in the canvas text's notation. */
  public record Param(String name, String type) {}

  /** Every builtin of the registry, by module, then name, then version. */
  public static Reference of(Registry registry) {
    return new Reference(registry.all().values().stream().map(Reference::entry)
        .sorted(Comparator.comparing(Entry::module).thenComparing(Entry::function).thenComparingInt(Entry::version))
        .toList());
  }

  private static Entry entry(Builtin b) {
    var params = b.params().stream().map(p -> new Param(p.name(), TypeText.print(p.type()))).toList();
    return new Entry(b.name().toString(), b.name().module(), b.name().function(), b.name().version(),
        written(b), params, TypeText.print(b.returnType()), purity(b.purity()),
        Optional.ofNullable(b.deprecation()), b.description());
  }

  /** {@code Int.add}, {@code Date.(<)}, {@code toString}; an infix operator between its operands: {@code a + b}. */
  private static String written(Builtin b) {
    String function = b.name().function();
    boolean infix = b.name().module().isEmpty() && !Character.isLetter(function.charAt(0)) && b.params().size() == 2;
    if (infix) return b.params().get(0).name() + " " + function + " " + b.params().get(1).name();
    return Printer.fnName(b.name(), Rail.NO_RAIL);
  }

  private static String purity(Builtin.Purity p) {
    return switch (p) {
      case PURE -> "pure";
      case IMPURE_PREVIEWABLE -> "impure, previewable";
      case IMPURE -> "impure";
    };
  }

  public List<Entry> entries() { return entries; }

  /** The entries that mention {@code word} (see {@link Entry#mentions}); all of them for a blank word. */
  public Reference matching(String word) {
    if (word.isBlank()) return this;
    return new Reference(entries.stream().filter(e -> e.mentions(word.strip())).toList());
  }

  /** The entries by module, modules in order; the one-word functions under {@link #NO_MODULE}, first. */
  public Map<String, List<Entry>> byModule() {
    var modules = new LinkedHashMap<String, List<Entry>>();
    for (Entry e : entries) {
      modules.computeIfAbsent(e.module().isEmpty() ? NO_MODULE : e.module(), m -> new java.util.ArrayList<>()).add(e);
    }
    return modules;
  }

  /**
   * The reference as plain text, one block per module:
   *
   * <pre>
   * Int
   *   Int::add  (a: Int, b: Int) -> Int  pure
   *       Adds two integers
   *       written: Int.add
   * </pre>
   */
  public String text() {
    var out = new StringBuilder();
    byModule().forEach((module, list) -> {
      if (!out.isEmpty()) out.append('\n');
      out.append(module).append('\n');
      for (Entry e : list) {
        out.append("  ").append(e.name()).append("  ").append(e.signature()).append("  ").append(e.purity()).append('\n');
        out.append("      ").append(e.description()).append('\n');
        out.append("      written: ").append(e.written()).append('\n');
        e.deprecation().ifPresent(d -> out.append("      deprecated: ").append(d).append('\n'));
      }
    });
    return out.toString();
  }
}
