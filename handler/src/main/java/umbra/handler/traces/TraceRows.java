package umbra.handler.traces;

import java.time.Instant;
import java.util.TreeMap;
import java.util.UUID;
import umbra.domain.trace.RecordedArguments;
import umbra.domain.trace.RecordedResult;
import umbra.domain.trace.TraceDesc;
import umbra.domain.value.Dval;
import umbra.service.http.HttpEvent;

/** One trace as the rows it becomes (backend.md 3.2), in COPY text format, one array per table. */
record TraceRows(byte[] input, byte[] arguments, byte[] results) {

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
              .text(r.hash()).number(r.hashVersion()).timestamp(at).utf8(TraceValueJson.writeUtf8(r.value())).endRow();
        }
        yield new TraceRows(input(t.canvasId(), t.traceId(), t.desc(), t.input(), at), args.bytes(), results.bytes());
      }
      case HttpEvent.NotFoundRecorded n ->
          new TraceRows(input(n.canvasId(), n.traceId(), n.desc(), n.input(), at), new byte[0], new byte[0]);
      case HttpEvent.ResponseProduced r -> throw new IllegalArgumentException("a response is not a trace");
    };
  }

  private static byte[] input(UUID canvas, UUID trace, TraceDesc desc, Dval value, Instant at) {
    return new CopyRows().uuid(canvas).uuid(trace).text(desc.module()).text(desc.path()).text(desc.modifier())
        .timestamp(at).utf8(TraceValueJson.writeUtf8(value)).endRowAndGet();
  }
}
