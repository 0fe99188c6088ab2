package umbra.domain.syntax;

// TEMPORARY stand-in for the parser branch's API (removed when the real parser is merged).
public record ParseError(int line, int column, String message) {}
