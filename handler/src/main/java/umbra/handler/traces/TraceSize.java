package umbra.handler.traces;

import java.util.ArrayDeque;
import umbra.domain.trace.RecordedArguments;
import umbra.domain.trace.RecordedResult;
import umbra.domain.value.Dval;
import umbra.service.http.HttpEvent;

/**
 * A cheap guess, on the request's thread, of the bytes a trace takes until it is written: the
 * sizes of its strings and byte arrays plus a few bytes per value. It walks the values without
 * recursion (a value may be 20,000 levels deep) and stops counting once past {@code cap}, so
 * a huge value costs no more than the cap says it may queue.
 */
final class TraceSize {
  /** What a value costs beyond its text: the JSON punctuation and the object's own memory. */
  private static final long PER_VALUE = 16;
  private static final long PER_TRACE = 512;

  private TraceSize() {}

  static long estimate(HttpEvent event, long cap) {
    var pending = new ArrayDeque<Dval>();
    long size = PER_TRACE;
    switch (event) {
      case HttpEvent.TraceRecorded t -> {
        pending.push(t.input());
        for (RecordedResult r : t.results()) {
          size += PER_TRACE / 4 + r.fnName().length() + r.hash().length();
          pending.push(r.value());
        }
        for (RecordedArguments a : t.arguments()) {
          for (var e : a.args().entrySet()) {
            size += PER_VALUE + e.getKey().length();
            pending.push(e.getValue());
          }
        }
      }
      case HttpEvent.NotFoundRecorded n -> pending.push(n.input());
      case HttpEvent.ResponseProduced r -> { }
    }
    while (!pending.isEmpty() && size <= cap) size += PER_VALUE + own(pending.pop(), pending);
    return size;
  }

  /** The value's own bytes; its parts go on {@code pending}. */
  private static long own(Dval v, ArrayDeque<Dval> pending) {
    return switch (v) {
      case Dval.DStr s -> 2L * s.value().length(); // escaped JSON of non-ASCII text may take more; a guess
      case Dval.DChar c -> c.value().length();
      case Dval.DBytes b -> 2L * b.bytes().length;
      case Dval.DPassword p -> 0;
      case Dval.DList l -> { l.items().forEach(pending::push); yield 0; }
      case Dval.DTuple t -> { pending.push(t.first()); pending.push(t.second()); t.rest().forEach(pending::push); yield 0; }
      case Dval.DObj o -> {
        long keys = 0;
        for (var e : o.fields().entrySet()) {
          keys += e.getKey().length() + 4;
          pending.push(e.getValue());
        }
        yield keys;
      }
      case Dval.DResponse r -> {
        long headers = 0;
        for (Dval.Header h : r.headers()) headers += h.name().length() + h.value().length() + 8;
        pending.push(r.body());
        yield headers;
      }
      case Dval.DRedirect r -> r.url().length();
      case Dval.DError e -> e.message().length();
      case Dval.DErrorRail r -> { pending.push(r.value()); yield 0; }
      case Dval.DJust j -> { pending.push(j.value()); yield 0; }
      case Dval.DOk o -> { pending.push(o.value()); yield 0; }
      case Dval.DErr e -> { pending.push(e.value()); yield 0; }
      default -> 16; // numbers, dates, ids, functions: small
    };
  }
}
