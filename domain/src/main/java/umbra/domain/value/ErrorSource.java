package umbra.domain.value;

/** Where a Dark error or blank came from: nowhere in particular, or an expression of a toplevel. */
public sealed interface ErrorSource {
  None NONE = new None();

  record None() implements ErrorSource {}

  record At(long tlid, long exprId) implements ErrorSource {}
}
