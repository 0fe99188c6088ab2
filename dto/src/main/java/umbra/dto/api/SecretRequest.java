package umbra.dto.api;

/**
 * {@code POST /api/v1/canvases/{canvas}/secrets}. The value becomes a string variable named
 * {@code name} in the canvas's code (backend.md 8.2).
 */
public record SecretRequest(String name, String value) {
  /** Secrets must never reach a log, even through a debug print of the request. */
  @Override public String toString() { return "SecretRequest[name=" + name + "]"; }
}
