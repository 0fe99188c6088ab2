package umbra.handler.api;

/**
 * A request's JSON was well-formed but says something impossible (an unknown partial kind, a type
 * that does not parse). Thrown while decoding a tree, caught by {@link EditorApi} and answered as
 * a 400; never leaves the handler layer.
 */
final class WireException extends RuntimeException {
  WireException(String message) {
    super(message, null, false, false);
  }
}
