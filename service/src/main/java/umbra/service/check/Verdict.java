package umbra.service.check;

import java.util.UUID;

/**
 * What a push would do to one stored trace: the same response, a different one ({@code before}
 * and {@code after} say how), or undecidable ({@code reason}: the new code made an impure call the
 * trace has no result for, so its answer cannot be known without performing it).
 */
public record Verdict(long tlid, UUID traceId, Kind kind, String before, String after, String reason) {
  public enum Kind { SAME, DIFFERS, UNDECIDED }
}
