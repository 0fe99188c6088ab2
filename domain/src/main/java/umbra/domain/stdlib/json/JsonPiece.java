package umbra.domain.stdlib.json;

import umbra.domain.value.Dval;

/**
 * What a value turns into on its way to JSON text: writer calls ({@link Event}s, named after
 * the .NET writer methods Dark made) or a value still to be turned ({@link Later}). Writers
 * expand values into pieces with an explicit work list, so nesting depth costs no Java stack.
 */
sealed interface JsonPiece {

  /** A value whose pieces come later, in its place. */
  record Later(Dval value) implements JsonPiece {}

  sealed interface Event extends JsonPiece {}

  record StartObject() implements Event {}

  record StartArray() implements Event {}

  record EndObject() implements Event {}

  record EndArray() implements Event {}

  record PropertyName(String name) implements Event {}

  record StringValue(String value) implements Event {}

  /** {@code true}, {@code false} or {@code null}. */
  record Literal(String text) implements Event {}

  /** A number, written as given ({@code WriteRawValue} in System.Text.Json). */
  record Raw(String text) implements Event {}

  StartObject START_OBJECT = new StartObject();
  StartArray START_ARRAY = new StartArray();
  EndObject END_OBJECT = new EndObject();
  EndArray END_ARRAY = new EndArray();
  Literal NULL = new Literal("null");
}
