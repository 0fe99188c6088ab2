package umbra.domain.trace;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import umbra.domain.value.Dval;
import umbra.domain.value.Symtable;

/**
 * Keeps a canvas's secret values out of what a trace stores: every text that holds a secret's
 * value has it replaced by {@code <secret NAME>}. A trace can be read by anyone who may read the
 * canvas, and a secret's value must not leave the server (user code that passes a secret to a
 * function would otherwise store it as an argument, a result, an error message).
 *
 * <p>Only texts and bytes are rewritten (strings, error messages, headers, redirect URLs, dict
 * keys, the bytes of {@code String.toBytes secret}); the structure of a value stays, so the editor
 * still shows what the code did. A text also loses each secret's bytes in base64, the form in which
 * {@code toRepr} and error messages print bytes. A function value loses the environment it
 * captured: that holds every global, secrets included, and a trace keeps only that it was a
 * function. A longer secret is replaced before a shorter one, so a secret holding another is never
 * half-replaced.
 */
public final class SecretRedaction {
  public static final SecretRedaction NONE = new SecretRedaction(List.of());

  /**
   * @param text a form in which the secret appears in texts: its value, or its bytes in base64
   * @param marker what replaces it
   */
  private record Secret(String text, String marker) {
    byte[] bytes() { return text.getBytes(StandardCharsets.UTF_8); }

    byte[] markerBytes() { return marker.getBytes(StandardCharsets.UTF_8); }
  }

  private final List<Secret> secrets;

  private SecretRedaction(List<Secret> secrets) { this.secrets = secrets; }

  /** @param secrets values by name; empty values hide nothing and are left out */
  public static SecretRedaction of(Map<String, String> secrets) {
    var list = new ArrayList<Secret>();
    secrets.forEach((name, value) -> {
      if (value.isEmpty()) return;
      String marker = "<secret " + name + ">";
      list.add(new Secret(value, marker));
      list.add(new Secret(Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)), marker));
    });
    list.sort(Comparator.comparingInt((Secret s) -> -s.text().length()).thenComparing(Secret::marker));
    return new SecretRedaction(List.copyOf(list));
  }

  /** The secrets among a canvas's globals: each is bound to its value as a string (datastores are not). */
  public static SecretRedaction ofGlobals(Symtable globals) {
    var secrets = new TreeMap<String, String>();
    globals.toMap().forEach((name, value) -> {
      if (value instanceof Dval.DStr s) secrets.put(name, s.value());
    });
    return of(secrets);
  }

  public boolean isEmpty() { return secrets.isEmpty(); }

  /** The text with every secret's value, and its bytes in base64, replaced by its marker. */
  public String text(String text) {
    String out = text;
    for (Secret s : secrets) {
      if (out.contains(s.text())) out = out.replace(s.text(), s.marker());
    }
    return out;
  }

  /** The bytes with every secret's UTF-8 bytes replaced by its marker's. */
  public byte[] bytes(byte[] bytes) {
    byte[] out = bytes;
    for (Secret s : secrets) out = replaced(out, s.bytes(), s.markerBytes());
    return out;
  }

  private static byte[] replaced(byte[] in, byte[] what, byte[] by) {
    int at = indexOf(in, what, 0);
    if (at < 0) return in;
    var out = new ByteArrayOutputStream(in.length);
    int from = 0;
    for (; at >= 0; at = indexOf(in, what, from)) {
      out.write(in, from, at - from);
      out.writeBytes(by);
      from = at + what.length;
    }
    out.write(in, from, in.length - from);
    return out.toByteArray();
  }

  private static int indexOf(byte[] in, byte[] what, int from) {
    for (int i = from; i <= in.length - what.length; i++) {
      if (Arrays.equals(in, i, i + what.length, what, 0, what.length)) return i;
    }
    return -1;
  }

  /** The value with every text in it redacted; the same instance when nothing changed. */
  public Dval value(Dval value) {
    if (secrets.isEmpty()) return value;
    return switch (value) {
      case Dval.DStr s -> {
        String t = text(s.value());
        yield t.equals(s.value()) ? s : new Dval.DStr(t);
      }
      case Dval.DList l -> new Dval.DList(values(l.items()));
      case Dval.DTuple t -> new Dval.DTuple(value(t.first()), value(t.second()), values(t.rest()));
      case Dval.DObj o -> {
        var fields = new TreeMap<String, Dval>(o.fields().comparator());
        o.fields().forEach((k, v) -> fields.put(text(k), value(v)));
        yield new Dval.DObj(fields);
      }
      case Dval.DError e -> new Dval.DError(e.source(), text(e.message()));
      case Dval.DErrorRail r -> new Dval.DErrorRail(value(r.value()));
      case Dval.DRedirect r -> new Dval.DRedirect(text(r.url()));
      case Dval.DResponse r -> new Dval.DResponse(r.code(),
          r.headers().stream().map(h -> new Dval.Header(text(h.name()), text(h.value()))).toList(), value(r.body()));
      case Dval.DJust j -> new Dval.DJust(value(j.value()));
      case Dval.DOk ok -> new Dval.DOk(value(ok.value()));
      case Dval.DErr err -> new Dval.DErr(value(err.value()));
      case Dval.DBytes b -> {
        byte[] out = bytes(b.bytes());
        yield out == b.bytes() ? b : new Dval.DBytes(out);
      }
      case Dval.DLambda l -> new Dval.DLambda(l.params(), Symtable.empty(), l.body());
      default -> value;
    };
  }

  private List<Dval> values(List<Dval> items) {
    var out = new ArrayList<Dval>(items.size());
    for (Dval item : items) out.add(value(item));
    return out;
  }

  public RecordedResult result(RecordedResult r) {
    return new RecordedResult(r.tlid(), r.fnName(), r.callSiteId(), r.hash(), r.hashVersion(), value(r.value()),
        r.durationMicros());
  }

  public RecordedArguments arguments(RecordedArguments a) {
    var args = new java.util.LinkedHashMap<String, Dval>();
    a.args().forEach((name, v) -> args.put(name, value(v)));
    return new RecordedArguments(a.tlid(), args);
  }

  public TraceOutcome outcome(TraceOutcome o) {
    return new TraceOutcome(o.status(), o.error().map(this::text), o.errorAt(), o.durationMicros());
  }
}
