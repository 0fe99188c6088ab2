package umbra.domain.syntax;

import java.util.List;

/** Match patterns (language.md A.5). */
public sealed interface Pattern {
  long id();

  /** Binds any non-fake value; {@code _} is a variable named "_". */
  record MPVariable(long id, String name) implements Pattern {}
  record MPConstructor(long id, String name, List<Pattern> args) implements Pattern {
    public MPConstructor { args = List.copyOf(args); }
  }
  record MPInteger(long id, long value) implements Pattern {}
  record MPBool(long id, boolean value) implements Pattern {}
  record MPCharacter(long id, String value) implements Pattern {}
  record MPString(long id, String value) implements Pattern {}
  record MPFloat(long id, boolean negative, String whole, String fraction) implements Pattern {
    public double toDouble() {
      return new Expr.EFloat(id, negative, whole, fraction).toDouble();
    }
  }
  record MPNull(long id) implements Pattern {}
  /** Never matches. */
  record MPBlank(long id) implements Pattern {}
  record MPTuple(long id, Pattern first, Pattern second, List<Pattern> rest) implements Pattern {
    public MPTuple { rest = List.copyOf(rest); }
  }
}
