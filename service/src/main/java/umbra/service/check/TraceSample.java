package umbra.service.check;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import umbra.domain.trace.RecordedResult;
import umbra.domain.value.Dval;

/** One stored trace of a handler, as a check replays it: its input and every stored result. */
public record TraceSample(long tlid, UUID traceId, List<Map.Entry<String, Dval>> input, List<RecordedResult> results) {
  public TraceSample {
    input = List.copyOf(input);
    results = List.copyOf(results);
  }
}
