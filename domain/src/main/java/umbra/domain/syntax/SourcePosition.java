package umbra.domain.syntax;

/** Where something is written in a text: 1-based line and column (columns count UTF-16 units, as errors do). */
public record SourcePosition(int line, int column) {
  @Override public String toString() { return line + ":" + column; }
}
