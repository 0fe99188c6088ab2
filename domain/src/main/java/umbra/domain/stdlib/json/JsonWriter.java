package umbra.domain.stdlib.json;

import java.util.ArrayDeque;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import umbra.domain.value.Dval;
import umbra.domain.value.Meter;

/**
 * Dark's JSON renderings of values, each as user-visible as an HTTP body:
 * <ul>
 *   <li>{@link #prettyMachine} ({@code toPrettyMachineJsonStringV1}): HTTP handler responses,
 *       {@code Dict::toJSON}, HttpClient JSON bodies; Options and Results unwrapped, floats as in
 *       language.md A.7.15 (backend.md 2.8).</li>
 *   <li>{@link #prettyResponseV0} ({@code toPrettyResponseJsonV0}): {@code Object::toJSON_v0}; the
 *       legacy typed {@code {"type": ..., "value": ...}} objects and bare {@code NaN}/{@code Infinity}.</li>
 * </ul>
 */
public final class JsonWriter {
  private JsonWriter() {}

  public static String prettyMachine(Dval value) { return prettyMachine(value, Meter.NONE); }

  /** {@link #prettyMachine(Dval)}, every character written charged to {@code meter}. */
  public static String prettyMachine(Dval value, Meter meter) {
    var writer = new StjIndentedWriter(meter);
    walk(value, MachineJsonV1::pieces, writer::write);
    return writer.text();
  }

  public static String prettyResponseV0(Dval value) { return prettyResponseV0(value, Meter.NONE); }

  /** {@link #prettyResponseV0(Dval)}, every character written charged to {@code meter}. */
  public static String prettyResponseV0(Dval value, Meter meter) {
    var writer = new NewtonsoftIndentedWriter(meter);
    walk(value, ResponseJsonV0::pieces, writer::write);
    return writer.text();
  }

  /** Expands values into writer events in document order, with a work list instead of recursion. */
  private static void walk(Dval root, Function<Dval, List<JsonPiece>> expand, Consumer<JsonPiece.Event> sink) {
    var work = new ArrayDeque<JsonPiece>();
    work.push(new JsonPiece.Later(root));
    while (!work.isEmpty()) {
      switch (work.pop()) {
        case JsonPiece.Later later -> {
          List<JsonPiece> pieces = expand.apply(later.value());
          for (int i = pieces.size() - 1; i >= 0; i--) work.push(pieces.get(i));
        }
        case JsonPiece.Event event -> sink.accept(event);
      }
    }
  }
}
