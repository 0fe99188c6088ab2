package umbra.dto.api;

/**
 * {@code PUT /api/v1/canvases/{canvas}/secrets/{name}}: the secret's value, new or replacing the
 * one it had (backend.md 8.2: a string variable named after the secret).
 */
public record SecretValueRequest(String value) {
  /** Secrets must never reach a log, even through a debug print of the request. */
  @Override public String toString() { return "SecretValueRequest[]"; }
}
