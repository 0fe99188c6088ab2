package umbra.domain.stdlib;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import umbra.domain.eval.Step;
import umbra.domain.syntax.DType;
import umbra.domain.syntax.FnName;
import umbra.domain.value.Dval;

/**
 * The builtin functions a program can call, keyed by (module, name, version). Stdlib modules
 * add their functions through {@link #fn}; the result is immutable once built.
 */
public final class Registry {
  private final Map<FnName.Stdlib, Builtin> builtins;

  private Registry(Map<FnName.Stdlib, Builtin> builtins) {
    this.builtins = Collections.unmodifiableMap(builtins);
  }

  public Builtin get(FnName.Stdlib name) { return builtins.get(name); }

  public Map<FnName.Stdlib, Builtin> all() { return builtins; }

  public static Builder builder() { return new Builder(); }

  /** A registry holding this one's functions plus others; the others win on a name clash. */
  public Registry with(Consumer<Builder> more) {
    var b = new Builder();
    b.builtins.putAll(builtins);
    more.accept(b);
    return b.build();
  }

  public static final class Builder {
    private final Map<FnName.Stdlib, Builtin> builtins = new HashMap<>();
    private final List<String[]> aliases = new ArrayList<>();

    /**
     * Starts a declaration: {@code name} like {@code "Int::add_v0"} or {@code "toString_v0"},
     * {@code signature} like {@code "a: Int, b: Int -> Int"} ({@code "-> Date"} without parameters).
     */
    public Declaration fn(String name, String signature, String description) {
      return new Declaration(this, parseName(name), signature, description);
    }

    /**
     * Registers {@code alias} as the same function as {@code target}, reporting errors as itself.
     * Resolved when the registry is built, so modules may alias each other in any order.
     */
    public void alias(String alias, String target, String deprecation) {
      aliases.add(new String[] {alias, target, deprecation});
    }

    void add(Builtin b) {
      if (builtins.putIfAbsent(b.name(), b) != null) {
        throw new IllegalStateException("builtin registered twice: " + b.name());
      }
    }

    /** Replaces or adds (test helpers override stdlib functions of the same name). */
    public void override(Builtin b) { builtins.put(b.name(), b); }

    public Registry build() {
      for (String[] a : aliases) {
        Builtin target = builtins.get(parseName(a[1]));
        if (target == null) throw new IllegalStateException("alias target not registered: " + a[1]);
        add(target.renamed(parseName(a[0]), a[2]));
      }
      aliases.clear();
      return new Registry(new HashMap<>(builtins));
    }
  }

  /** A builtin being declared; finished by one of {@link #plain}, {@link #stepping}, {@link #effect}, {@link #removed}. */
  public static final class Declaration {
    private final Builder owner;
    private final FnName.Stdlib name;
    private final List<Builtin.Param> params;
    private final DType returnType;
    private final String description;
    private Builtin.Purity purity = Builtin.Purity.PURE;
    private String deprecation;
    private boolean rail;

    private Declaration(Builder owner, FnName.Stdlib name, String signature, String description) {
      this.owner = owner;
      this.name = name;
      this.description = description;
      int arrow = topLevelArrow(signature);
      this.returnType = DType.parse(signature.substring(arrow + 2).trim());
      this.params = parseParams(signature.substring(0, arrow).trim());
    }

    public Declaration deprecated(String why) {
      this.deprecation = why;
      return this;
    }

    /** Calls go on the error rail by default in the editor (functions returning Option/Result). */
    public Declaration rail() {
      this.rail = true;
      return this;
    }

    public Declaration purity(Builtin.Purity p) {
      this.purity = p;
      return this;
    }

    public void plain(Implementation.Plain impl) { register(impl); }

    public void stepping(Implementation.Stepping impl) { register(impl); }

    /** An effectful builtin whose whole behaviour is the caller's answer. */
    public void effect() {
      if (purity == Builtin.Purity.PURE) purity = Builtin.Purity.IMPURE;
      register((Implementation.Stepping) (ctx, args) -> ctx.perform(args.values()));
    }

    /** A function taken out of Dark: every call answers with the removal error. */
    public void removed() {
      if (deprecation == null) deprecation = "removed";
      String unversioned = new FnName.Stdlib(name.module(), name.function(), 0).toString();
      register((Implementation.Plain) args -> Dval.error(unversioned + " was removed from Dark"));
    }

    private void register(Implementation impl) {
      owner.add(new Builtin(name, params, returnType, purity, deprecation, rail, description, impl));
    }
  }

  /** {@code Module::fn_vN}, {@code fn_vN} or an operator; version defaults to 0. */
  public static FnName.Stdlib parseName(String text) {
    String module = "";
    String rest = text;
    int sep = text.indexOf("::");
    if (sep >= 0) {
      module = text.substring(0, sep);
      rest = text.substring(sep + 2);
    }
    int version = 0;
    int v = rest.lastIndexOf("_v");
    if (v > 0 && v + 2 < rest.length() && rest.substring(v + 2).chars().allMatch(Character::isDigit)) {
      version = Integer.parseInt(rest.substring(v + 2));
      rest = rest.substring(0, v);
    }
    return new FnName.Stdlib(module, rest, version);
  }

  private static int topLevelArrow(String sig) {
    int depth = 0;
    int found = -1;
    for (int i = 0; i < sig.length(); i++) {
      char c = sig.charAt(i);
      if (c == '<') depth++;
      if (c == '>' && i > 0 && sig.charAt(i - 1) != '-') depth--;
      if (c == '(' || c == '{' || c == '[') depth++;
      if (c == ')' || c == '}' || c == ']') depth--;
      if (depth == 0 && c == '-' && i + 1 < sig.length() && sig.charAt(i + 1) == '>') found = i;
    }
    if (found < 0) throw new IllegalArgumentException("signature needs '-> ReturnType': " + sig);
    return found;
  }

  private static List<Builtin.Param> parseParams(String text) {
    var params = new ArrayList<Builtin.Param>();
    if (text.isEmpty()) return params;
    int depth = 0;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ',';
      if (c == '<' || c == '(' || c == '{' || c == '[') depth++;
      if ((c == '>' && text.charAt(i - 1) != '-') || c == ')' || c == '}' || c == ']') depth--;
      if (c == ',' && depth == 0) {
        String part = text.substring(start, i).trim();
        int colon = part.indexOf(':');
        params.add(new Builtin.Param(part.substring(0, colon).trim(), DType.parse(part.substring(colon + 1).trim())));
        start = i + 1;
      }
    }
    return params;
  }

  /** Convenience for stepping builtins that only need to return a value. */
  public static Step done(Dval v) { return Step.value(v); }
}
