package umbra.domain.stdlib;

import java.util.List;
import umbra.domain.syntax.DType;
import umbra.domain.syntax.FnName;

/**
 * One builtin function, declared once: name and version, parameters, return type, purity,
 * deprecation, whether the editor puts calls on the error rail by default, a one-line
 * description, and its implementation.
 */
public record Builtin(
    FnName.Stdlib name,
    List<Param> params,
    DType returnType,
    Purity purity,
    String deprecation,
    boolean railDefault,
    String description,
    Implementation impl) {

  public Builtin { params = List.copyOf(params); }

  public record Param(String name, DType type) {}

  public enum Purity { PURE, IMPURE_PREVIEWABLE, IMPURE }

  public boolean isDeprecated() { return deprecation != null; }

  /** The same function under another name (renames and infix operators report errors under it). */
  public Builtin renamed(FnName.Stdlib newName, String newDeprecation) {
    return new Builtin(newName, params, returnType, purity, newDeprecation, railDefault, description, impl);
  }
}
