package umbra.domain.queue;

import java.time.Duration;

/**
 * What happens to an event whose run failed: tried again after an exponential backoff
 * ({@code base * 2^(attempt-1)}, at most {@code maxBackoff}), until {@code maxAttempts} runs
 * failed; then it is a dead letter. Classic Dark tried about five times, silently.
 */
public record RetryPolicy(int maxAttempts, Duration base, Duration maxBackoff) {
  public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofSeconds(2), Duration.ofMinutes(10));

  public RetryPolicy {
    if (maxAttempts < 1) throw new IllegalArgumentException("at least one attempt");
  }

  /** After the {@code attempts}-th failed run: wait this long, or empty when it is dead. */
  public java.util.Optional<Duration> retryAfter(int attempts) {
    if (attempts >= maxAttempts) return java.util.Optional.empty();
    long factor = 1L << Math.min(attempts - 1, 30);
    Duration d = base.multipliedBy(factor);
    return java.util.Optional.of(d.compareTo(maxBackoff) > 0 ? maxBackoff : d);
  }
}
