package umbra.service.http;

import java.util.List;
import java.util.UUID;
import umbra.domain.http.WireResponse;
import umbra.domain.trace.RecordedArguments;
import umbra.domain.trace.RecordedResult;
import umbra.domain.trace.TraceDesc;
import umbra.domain.trace.TraceOutcome;
import umbra.domain.value.Dval;

/** What serving a request decided; the handler layer writes the response and keeps the traces. */
public sealed interface HttpEvent {

  record ResponseProduced(WireResponse response) implements HttpEvent {}

  /**
   * A traced execution (backend.md 3.5): the input under its desc, the answers of the non-pure
   * calls (the last per call site and argument hash), every user-function call's arguments, and
   * how the execution ended.
   */
  record TraceRecorded(UUID canvasId, UUID traceId, long handlerTlid, TraceDesc desc, Dval input,
      List<RecordedResult> results, List<RecordedArguments> arguments, TraceOutcome outcome) implements HttpEvent {
    public TraceRecorded {
      results = List.copyOf(results);
      arguments = List.copyOf(arguments);
    }

    /** The same trace with the execution's duration, which only the caller can measure. */
    public TraceRecorded withDuration(long micros) {
      return new TraceRecorded(canvasId, traceId, handlerTlid, desc, input, results, arguments,
          outcome.withDuration(micros));
    }
  }

  /** A request no handler took (backend.md 1.9), with the request as a lenient legacy value. */
  record NotFoundRecorded(UUID canvasId, UUID traceId, TraceDesc desc, Dval input) implements HttpEvent {}
}
