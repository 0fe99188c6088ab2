package umbra.domain.syntax;

import java.util.Map;

/**
 * The infix operators of the test syntax (language.md B.4), shared by {@link Parser} and
 * {@link Printer}. Levels run from 1 ({@code ||}) to 6 ({@code * / %}); function application
 * binds tighter than all of them.
 */
final class Operators {

  /** F# spelling to the Dark infix function; {@code =} and {@code <>} mean {@code ==} and {@code !=}. */
  private static final Map<String, String> DARK_NAME = Map.ofEntries(
      Map.entry("||", "||"), Map.entry("&&", "&&"),
      Map.entry("=", "=="), Map.entry("<>", "!="), Map.entry("==", "=="), Map.entry("!=", "!="),
      Map.entry("<", "<"), Map.entry(">", ">"), Map.entry("<=", "<="), Map.entry(">=", ">="),
      Map.entry("^", "^"), Map.entry("+", "+"), Map.entry("-", "-"), Map.entry("++", "++"),
      Map.entry("*", "*"), Map.entry("/", "/"), Map.entry("%", "%"));

  static final String PIPE = "|>";
  static final String POWER = "^";

  private Operators() {}

  /** The Dark function an F# operator stands for, or null if Dark has no such operator. */
  static String darkName(String op) {
    return DARK_NAME.get(op);
  }

  /** Precedence of an operator in either spelling ({@code |>} shares level 3 with {@code =}); 0 if unknown. */
  static int level(String op) {
    return switch (op) {
      case "||" -> 1;
      case "&&" -> 2;
      case "=", "<>", "==", "!=", "<", ">", "<=", ">=", PIPE -> 3;
      case POWER -> 4;
      case "+", "-", "++" -> 5;
      case "*", "/", "%" -> 6;
      default -> 0;
    };
  }
}
