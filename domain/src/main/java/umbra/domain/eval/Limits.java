package umbra.domain.eval;

/**
 * Bounds that keep user code from hanging or exhausting the server: {@code maxSteps} counts
 * evaluated expressions and the work of builtins (see {@link umbra.domain.value.Meter} for the
 * units), {@code maxDepth} the interpreter's pending frames (roughly nested calls), and
 * {@code maxBytes} the estimated bytes of the values the evaluation builds, counted as they are
 * built (never given back), so a run's memory stays bounded however its values are shared.
 */
public record Limits(long maxSteps, int maxDepth, long maxBytes) {
  /**
   * 128 MiB of estimated values per evaluation: a list of 8 million elements, or strings of 64
   * million characters in all; an ordinary handler builds a few kilobytes.
   */
  public static final long DEFAULT_MAX_BYTES = 128L << 20;

  public static final Limits DEFAULT = new Limits(50_000_000L, 3_000_000, DEFAULT_MAX_BYTES);

  public Limits {
    if (maxSteps <= 0 || maxDepth <= 0 || maxBytes <= 0) throw new IllegalArgumentException("limits must be positive");
  }

  /** Steps and depth, with the default byte budget. */
  public Limits(long maxSteps, int maxDepth) { this(maxSteps, maxDepth, DEFAULT_MAX_BYTES); }
}
