package umbra.domain.program;

import java.util.List;
import umbra.domain.syntax.DType;
import umbra.domain.syntax.Expr;

/** A function written by the canvas owner (or a package author). */
public record UserFunction(long tlid, String name, List<Param> params, DType returnType, Expr body) {
  public UserFunction { params = List.copyOf(params); }

  public record Param(String name, DType type) {}
}
