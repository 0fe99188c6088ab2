package umbra.domain.trace;

import java.util.Optional;
import java.util.UUID;

/**
 * Whether an execution of a handler is traced (backend.md 3.5). Written as {@code sample-none},
 * {@code sample-all}, {@code sample-all-with-telemetry} or {@code sample-one-in-<n>}; anything
 * else reads as none.
 */
public sealed interface SamplingRule {
  record None() implements SamplingRule {}

  record All() implements SamplingRule {}

  record AllWithTelemetry() implements SamplingRule {}

  record OneIn(long n) implements SamplingRule {
    public OneIn {
      if (n <= 0) throw new IllegalArgumentException("sample-one-in needs a positive n");
    }
  }

  SamplingRule ALL = new All();

  /** The written forms, for messages. */
  String FORMS = "sample-none, sample-all, sample-all-with-telemetry, sample-one-in-N (N a whole number from 1)";

  /**
   * The rule written exactly in one of the {@link #FORMS}, or empty. For rules a user sets: a
   * typo must not quietly become {@code sample-none} as it does in {@link #parse}.
   */
  static Optional<SamplingRule> parseExactly(String text) {
    if (text.startsWith("sample-one-in-")) {
      String n = text.substring("sample-one-in-".length());
      if (!n.matches("[1-9][0-9]{0,17}")) return Optional.empty();
      return Optional.of(new OneIn(Long.parseLong(n)));
    }
    return switch (text) {
      case "sample-none", "sample-all", "sample-all-with-telemetry" -> Optional.of(parse(text));
      default -> Optional.empty();
    };
  }

  static SamplingRule parse(String text) {
    return switch (text == null ? "" : text.trim()) {
      case "sample-none" -> new None();
      case "sample-all" -> new All();
      case "sample-all-with-telemetry" -> new AllWithTelemetry();
      case String s when s.startsWith("sample-one-in-") -> {
        try {
          long n = Long.parseLong(s.substring("sample-one-in-".length()));
          yield n > 0 ? new OneIn(n) : new None();
        } catch (NumberFormatException e) {
          yield new None();
        }
      }
      default -> new None();
    };
  }

  default String text() {
    return switch (this) {
      case None n -> "sample-none";
      case All a -> "sample-all";
      case AllWithTelemetry a -> "sample-all-with-telemetry";
      case OneIn o -> "sample-one-in-" + o.n();
    };
  }

  default boolean traces(UUID traceId) {
    return switch (this) {
      case None n -> false;
      case All a -> true;
      case AllWithTelemetry a -> true;
      case OneIn o -> dotNetGuidPrefix(traceId) % o.n() == 0;
    };
  }

  /**
   * The first 8 bytes of .NET's GUID layout read as a little-endian int64: the first three
   * hex groups {@code d1 + d2 * 2^32 + d3 * 2^48}, wrapping.
   */
  static long dotNetGuidPrefix(UUID id) {
    long hi = id.getMostSignificantBits();
    long d1 = hi >>> 32;
    long d2 = (hi >>> 16) & 0xffff;
    long d3 = hi & 0xffff;
    return d1 + (d2 << 32) + (d3 << 48);
  }
}
