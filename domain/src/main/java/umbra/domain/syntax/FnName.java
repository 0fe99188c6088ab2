package umbra.domain.syntax;

/** A function's fully qualified name (language.md A.2). */
public sealed interface FnName {

  /** A builtin: {@code module} may be empty (operators, {@code toString}); version 0 prints without suffix. */
  record Stdlib(String module, String function, int version) implements FnName {
    @Override public String toString() {
      String base = module.isEmpty() ? function : module + "::" + function;
      return version == 0 ? base : base + "_v" + version;
    }
  }

  /** A function the canvas owner wrote; the name is used as-is. */
  record User(String name) implements FnName {
    @Override public String toString() { return name; }
  }

  /** A package function, always printed with its version. */
  record Package(String owner, String pkg, String module, String function, int version) implements FnName {
    @Override public String toString() {
      return owner + "/" + pkg + "/" + module + "::" + function + "_v" + version;
    }
  }

  static Stdlib stdlib(String module, String function, int version) {
    return new Stdlib(module, function, version);
  }
}
