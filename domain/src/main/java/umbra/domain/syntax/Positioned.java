package umbra.domain.syntax;

import java.util.Map;

/**
 * A value read from text with where each of its nodes was written: expression, pattern and
 * lambda-parameter ids to their first token (an operator's node to the operator). Kept beside
 * the AST so that {@link Expr} records stay as the editor stores them.
 */
public record Positioned<T>(T value, Map<Long, SourcePosition> positions) {
  public Positioned { positions = Map.copyOf(positions); }
}
