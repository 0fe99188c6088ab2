package umbra.domain.syntax;

// TEMPORARY stand-in for the parser branch's API (removed when the real parser is merged).
public record TestCode(Expr actual, Expr expected, boolean shouldEqual) {}
