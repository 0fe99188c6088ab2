package umbra.domain.syntax;

/**
 * Why a text could not be read. {@code line} and {@code column} are 1-based and point at the
 * offending token; {@code message} says what was expected and what was found
 * ("expected ')' but found 'then'"). {@link #toString()} prefixes the position.
 */
public record ParseError(int line, int column, String message) {
  @Override public String toString() {
    return "line " + line + ", column " + column + ": " + message;
  }
}
