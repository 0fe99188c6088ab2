package umbra.handler.storage;

/** A canvas secret: available to its code as a string variable {@code name} (backend.md 8.2). */
public record Secret(String name, String value) {
  /** Never print the value: secrets must not reach logs. */
  @Override public String toString() { return "Secret[" + name + "]"; }
}
