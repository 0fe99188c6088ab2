package umbra.domain.stdlib.json;

import umbra.domain.value.Meter;
import umbra.domain.value.MeteredText;

import java.util.ArrayDeque;

/**
 * The text Newtonsoft.Json's {@code JsonTextWriter} produces with {@code Formatting.Indented}:
 * every property and every array element on its own line, two spaces per level,
 * {@code "name": value}, empty containers as {@code {}} / {@code []}.
 */
final class NewtonsoftIndentedWriter {
  /** Newtonsoft's writer states that matter for layout. */
  private enum State { START, OBJECT_START, OBJECT, ARRAY_START, ARRAY, PROPERTY }

  private final MeteredText out;
  /** Open containers, innermost first: true for an object. */
  private final ArrayDeque<Boolean> open = new ArrayDeque<>();
  private State state = State.START;

  NewtonsoftIndentedWriter(Meter meter) { this.out = new MeteredText(meter); }

  void write(JsonPiece.Event e) {
    switch (e) {
      case JsonPiece.StartObject s -> {
        autoComplete(false);
        out.append('{');
        open.push(true);
        state = State.OBJECT_START;
      }
      case JsonPiece.StartArray s -> {
        autoComplete(false);
        out.append('[');
        open.push(false);
        state = State.ARRAY_START;
      }
      case JsonPiece.EndObject s -> close('}');
      case JsonPiece.EndArray s -> close(']');
      case JsonPiece.PropertyName p -> {
        autoComplete(true);
        out.append(JsonEscaping.newtonsoft(p.name())).append(':');
        state = State.PROPERTY;
      }
      case JsonPiece.StringValue v -> value(JsonEscaping.newtonsoft(v.value()));
      case JsonPiece.Literal l -> value(l.text());
      case JsonPiece.Raw r -> value(r.text());
    }
  }

  String text() { return out.toString(); }

  private void value(String text) {
    autoComplete(false);
    out.append(text);
    state = afterValue();
  }

  /** {@code JsonWriter.AutoComplete}: separator, the space after a colon, then the line break. */
  private void autoComplete(boolean propertyName) {
    if (state == State.OBJECT || state == State.ARRAY) out.append(',');
    if (state == State.PROPERTY) out.append(' ');
    if (state == State.ARRAY || state == State.ARRAY_START || propertyName && state != State.START) {
      out.newLine(2 * open.size());
    }
  }

  private void close(char token) {
    open.pop();
    if (state != State.OBJECT_START && state != State.ARRAY_START) {
      out.newLine(2 * open.size());
    }
    out.append(token);
    state = afterValue();
  }

  private State afterValue() {
    if (open.isEmpty()) return State.START;
    return open.peek() ? State.OBJECT : State.ARRAY;
  }
}
