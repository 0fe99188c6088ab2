package umbra.service.trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import umbra.domain.eval.TraceEvents;
import umbra.domain.trace.ArgumentHash;
import umbra.domain.trace.RecordedArguments;
import umbra.domain.trace.RecordedResult;

/** What a traced evaluation keeps (backend.md 3.5), whatever started it: a request, an event, a cron. */
public final class TraceRecording {
  private TraceRecording() {}

  /** backend.md 3.5 step 2: a later call with the same site and arguments replaces the earlier result. */
  public static List<RecordedResult> results(List<TraceEvents.FunctionResult> answered) {
    var byKey = new LinkedHashMap<List<Object>, RecordedResult>();
    for (TraceEvents.FunctionResult r : answered) {
      String hash = ArgumentHash.v1(r.args());
      String name = r.function().toString();
      var recorded = new RecordedResult(r.tlid(), name, r.callSiteId(), hash, ArgumentHash.VERSION, r.result(),
          r.durationNanos() / 1_000);
      List<Object> key = List.of(r.tlid(), name, r.callSiteId(), hash);
      byKey.remove(key);
      byKey.put(key, recorded);
    }
    return List.copyOf(byKey.values());
  }

  public static List<RecordedArguments> arguments(List<TraceEvents.FunctionArguments> calls) {
    var out = new ArrayList<RecordedArguments>(calls.size());
    for (TraceEvents.FunctionArguments a : calls) out.add(new RecordedArguments(a.tlid(), Map.copyOf(a.args())));
    return out;
  }
}
