package umbra.handler.traces;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;

/**
 * Rows in PostgreSQL's {@code COPY ... FROM STDIN} text format: tab-separated columns, one line
 * per row, backslash escapes for backslash, tab, newline and carriage return. Building the
 * bytes directly spares the trace writer a SQL statement and a string per value.
 */
final class CopyRows {
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSxxx").withZone(ZoneOffset.UTC);

  private final ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
  private boolean rowStarted;
  private int rows;

  CopyRows text(String s) {
    separate();
    escaped(s.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  /** Already UTF-8 text (a JSON document). */
  CopyRows utf8(byte[] bytes) {
    separate();
    escaped(bytes);
    return this;
  }

  CopyRows uuid(UUID id) { return text(id.toString()); }

  CopyRows number(long n) { return text(Long.toString(n)); }

  CopyRows timestamp(Instant at) { return text(TIMESTAMP.format(at)); }

  /** SQL NULL. */
  CopyRows nul() {
    separate();
    out.write('\\');
    out.write('N');
    return this;
  }

  CopyRows text(Optional<String> s) { return s.isPresent() ? text(s.get()) : nul(); }

  void endRow() {
    out.write('\n');
    rowStarted = false;
    rows++;
  }

  byte[] endRowAndGet() {
    endRow();
    return bytes();
  }

  int rows() { return rows; }

  byte[] bytes() { return out.toByteArray(); }

  private void separate() {
    if (rowStarted) out.write('\t');
    rowStarted = true;
  }

  private void escaped(byte[] bytes) {
    for (byte b : bytes) {
      switch (b) {
        case '\\' -> { out.write('\\'); out.write('\\'); }
        case '\t' -> { out.write('\\'); out.write('t'); }
        case '\n' -> { out.write('\\'); out.write('n'); }
        case '\r' -> { out.write('\\'); out.write('r'); }
        default -> out.write(b);
      }
    }
  }
}
