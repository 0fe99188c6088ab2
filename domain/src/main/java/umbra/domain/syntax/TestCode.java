package umbra.domain.syntax;

/**
 * One test body split at its outermost {@code =} / {@code <>} (test-format.md 1.2, language.md B.4).
 * A lone expression means {@code expected = EBool true, shouldEqual = true}.
 *
 * @param actual      evaluated second, compared against {@code expected}
 * @param expected    evaluated first
 * @param shouldEqual true for {@code =} (Dark test equality), false for {@code <>} (must differ)
 */
public record TestCode(Expr actual, Expr expected, boolean shouldEqual) {}
