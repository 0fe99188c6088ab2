package umbra.domain.syntax;

// TEMPORARY stand-in for the parser branch's API (removed when the real parser is merged).
public sealed interface Parsed<T> {
  record Ok<T>(T value) implements Parsed<T> {}

  record Failed<T>(ParseError error) implements Parsed<T> {}
}
