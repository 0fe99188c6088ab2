package umbra.domain.stdlib.json;

import umbra.domain.value.Meter;
import umbra.domain.value.MeteredText;

/**
 * The text .NET's {@code Utf8JsonWriter} produces with {@code Indented = true}: two spaces per
 * level, {@code "name": value}, empty containers as {@code {}} / {@code []}. Its quirk is kept:
 * raw values (numbers) get no line break or indentation of their own, so an array of numbers
 * reads {@code [1,2,3\n]} while an array of strings puts each on its own line (object.tests).
 */
final class StjIndentedWriter {
  private enum Last { NONE, START, PROPERTY, VALUE }

  private final MeteredText out;
  private int depth;
  private boolean needsComma;
  private Last last = Last.NONE;

  StjIndentedWriter(Meter meter) { this.out = new MeteredText(meter); }

  void write(JsonPiece.Event e) {
    switch (e) {
      case JsonPiece.StartObject s -> start('{');
      case JsonPiece.StartArray s -> start('[');
      case JsonPiece.EndObject s -> end('}');
      case JsonPiece.EndArray s -> end(']');
      case JsonPiece.PropertyName p -> {
        comma();
        if (last != Last.NONE) newLine(depth);
        out.append(JsonEscaping.stjRelaxed(p.name())).append(": ");
        needsComma = false;
        last = Last.PROPERTY;
      }
      case JsonPiece.StringValue v -> value(JsonEscaping.stjRelaxed(v.value()));
      case JsonPiece.Literal l -> value(l.text());
      case JsonPiece.Raw r -> {
        comma();
        out.append(r.text());
        needsComma = true;
        last = Last.VALUE;
      }
    }
  }

  String text() { return out.toString(); }

  private void start(char open) {
    comma();
    if (last != Last.PROPERTY && last != Last.NONE) newLine(depth);
    out.append(open);
    needsComma = false;
    depth++;
    last = Last.START;
  }

  private void end(char close) {
    if (last != Last.START) newLine(depth - 1);
    out.append(close);
    needsComma = true;
    depth--;
    last = Last.VALUE;
  }

  private void value(String text) {
    comma();
    if (last != Last.PROPERTY && last != Last.NONE) newLine(depth);
    out.append(text);
    needsComma = true;
    last = Last.VALUE;
  }

  private void comma() {
    if (needsComma) out.append(',');
  }

  private void newLine(int level) {
    out.newLine(2 * level);
  }
}
