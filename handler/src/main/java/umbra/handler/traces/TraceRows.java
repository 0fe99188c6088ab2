package umbra.handler.traces;

import java.time.Instant;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import umbra.domain.trace.RecordedArguments;
import umbra.domain.trace.RecordedResult;
import umbra.domain.trace.TraceDesc;
import umbra.domain.trace.TraceOutcome;
import umbra.domain.value.Dval;
import umbra.dto.api.EventDtos;
import umbra.handler.events.CanvasEventLog;
import umbra.service.http.HttpEvent;

/**
 * One trace as the rows it becomes (backend.md 3.2), in COPY text format, one array per table,
 * and the event that tells the canvas's event stream about it.
 */
record TraceRows(UUID canvasId, byte[] input, byte[] arguments, byte[] results, String event) {

  /** The encoded bytes, for the writer's batch limit. */
  long size() { return (long) input.length + arguments.length + results.length + event.length(); }

  static TraceRows of(HttpEvent event, Instant at) {
    return switch (event) {
      case HttpEvent.TraceRecorded t -> {
        var args = new CopyRows();
        for (RecordedArguments a : t.arguments()) {
          args.uuid(t.canvasId()).uuid(t.traceId()).number(a.tlid()).timestamp(at)
              .utf8(TraceValueJson.writeUtf8(new Dval.DObj(new TreeMap<>(a.args())))).endRow();
        }
        var results = new CopyRows();
        for (RecordedResult r : t.results()) {
          results.uuid(t.canvasId()).uuid(t.traceId()).number(r.tlid()).text(r.fnName()).number(r.callSiteId())
              .text(r.hash()).number(r.hashVersion()).timestamp(at).utf8(TraceValueJson.writeUtf8(r.value()))
              .number(r.durationMicros()).endRow();
        }
        TraceOutcome o = t.outcome();
        byte[] input = inputRow(t.canvasId(), t.traceId(), t.desc(), t.input(), at)
            .number(o.status()).number(o.durationMicros()).text(o.error())
            .text(o.errorAt().map(e -> Long.toString(e.tlid()))).text(o.errorAt().map(e -> Long.toString(e.exprId())))
            .endRowAndGet();
        String told = CanvasEventLog.json(new EventDtos.Trace(EventDtos.Trace.TYPE, t.handlerTlid(), t.traceId().toString(),
            t.desc().module(), t.desc().modifier(), t.desc().path(), o.status(), o.durationMicros(), o.error()));
        yield new TraceRows(t.canvasId(), input, args.bytes(), results.bytes(), told);
      }
      case HttpEvent.NotFoundRecorded n -> {
        byte[] input = inputRow(n.canvasId(), n.traceId(), n.desc(), n.input(), at)
            .number(404).nul().nul().nul().nul().endRowAndGet();
        String told = CanvasEventLog.json(new EventDtos.NotFound(EventDtos.NotFound.TYPE, n.traceId().toString(),
            n.desc().module(), n.desc().modifier(), n.desc().path()));
        yield new TraceRows(n.canvasId(), input, new byte[0], new byte[0], told);
      }
      case HttpEvent.ResponseProduced r -> throw new IllegalArgumentException("a response is not a trace");
    };
  }

  private static CopyRows inputRow(UUID canvas, UUID trace, TraceDesc desc, Dval value, Instant at) {
    return new CopyRows().uuid(canvas).uuid(trace).text(desc.module()).text(desc.path()).text(desc.modifier())
        .timestamp(at).utf8(TraceValueJson.writeUtf8(value));
  }
}
