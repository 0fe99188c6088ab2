package umbra.domain.eval;

/**
 * Bounds that keep user code from hanging or exhausting the server: {@code maxSteps} counts
 * evaluated expressions, {@code maxDepth} the interpreter's pending frames (roughly nested calls).
 */
public record Limits(long maxSteps, int maxDepth) {
  public static final Limits DEFAULT = new Limits(50_000_000L, 3_000_000);

  public Limits {
    if (maxSteps <= 0 || maxDepth <= 0) throw new IllegalArgumentException("limits must be positive");
  }
}
