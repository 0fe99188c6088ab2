package umbra.domain.value;

/**
 * A text being written (a JSON document, a value's {@code toString}) whose characters are charged
 * to a {@link Meter} as it grows, a chunk at a time: a text far larger than the value it shows (a
 * list holding one big string a thousand times, indentation nested 20,000 deep) stops the
 * evaluation at its byte budget instead of filling the heap.
 */
public final class MeteredText {
  /** Characters written between two charges. */
  private static final int CHUNK = 1 << 16;

  private final StringBuilder out = new StringBuilder();
  private final Meter meter;
  private int charged;

  public MeteredText(Meter meter) { this.meter = meter; }

  public MeteredText append(String s) {
    out.append(s);
    if (out.length() - charged >= CHUNK) charge();
    return this;
  }

  public MeteredText append(char c) {
    out.append(c);
    if (out.length() - charged >= CHUNK) charge();
    return this;
  }

  public MeteredText append(long n) { return append(Long.toString(n)); }

  /** A line break and {@code spaces} spaces. */
  public MeteredText newLine(int spaces) {
    out.append('\n');
    out.repeat(' ', spaces);
    if (out.length() - charged >= CHUNK) charge();
    return this;
  }

  public int length() { return out.length(); }

  /** The text written so far, every character of it charged. */
  @Override public String toString() {
    charge();
    return out.toString();
  }

  private void charge() {
    if (out.length() > charged) meter.text(out.length() - charged);
    charged = out.length();
  }
}
