package umbra.domain.trace;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
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

  /** A value whose parts are being redacted: {@code redacted} holds those done, in order. */
  private record Open(Dval value, List<Dval> parts, List<Dval> redacted) {}

  /**
   * The value with every text in it redacted. Its parts are walked on a heap stack rather than by
   * recursion, as a value may be nested as deep as user code made it (a fold wrapping a list
   * 100,000 times) and this runs on the request's thread.
   */
  public Dval value(Dval value) {
    if (secrets.isEmpty()) return value;
    var open = new ArrayDeque<Open>();
    Dval done = enter(value, open);
    while (!open.isEmpty()) {
      Open innermost = open.peek();
      if (done != null) innermost.redacted().add(done);
      if (innermost.redacted().size() < innermost.parts().size()) {
        done = enter(innermost.parts().get(innermost.redacted().size()), open);
      } else {
        open.pop();
        done = rebuilt(innermost.value(), innermost.redacted());
      }
    }
    return done;
  }

  /** A value without parts, redacted; or null after opening one with parts. */
  private Dval enter(Dval value, ArrayDeque<Open> open) {
    List<Dval> parts = switch (value) {
      case Dval.DList l -> l.items();
      case Dval.DTuple t -> t.elements();
      case Dval.DObj o -> List.copyOf(o.fields().values());
      case Dval.DErrorRail r -> List.of(r.value());
      case Dval.DJust j -> List.of(j.value());
      case Dval.DOk ok -> List.of(ok.value());
      case Dval.DErr err -> List.of(err.value());
      case Dval.DResponse r -> List.of(r.body());
      default -> null;
    };
    if (parts == null) return leaf(value);
    open.push(new Open(value, parts, new ArrayList<>(parts.size())));
    return null;
  }

  /** A value without parts, its text or bytes redacted. */
  private Dval leaf(Dval value) {
    return switch (value) {
      case Dval.DStr s -> {
        String t = text(s.value());
        yield t.equals(s.value()) ? s : new Dval.DStr(t);
      }
      case Dval.DError e -> new Dval.DError(e.source(), text(e.message()));
      case Dval.DRedirect r -> new Dval.DRedirect(text(r.url()));
      case Dval.DBytes b -> {
        byte[] out = bytes(b.bytes());
        yield out == b.bytes() ? b : new Dval.DBytes(out);
      }
      case Dval.DLambda l -> new Dval.DLambda(l.params(), Symtable.empty(), l.body());
      default -> value;
    };
  }

  /** {@code value} made again of its redacted parts (and its own texts redacted: keys, headers). */
  private Dval rebuilt(Dval value, List<Dval> parts) {
    return switch (value) {
      case Dval.DList l -> new Dval.DList(parts);
      case Dval.DTuple t -> new Dval.DTuple(parts.get(0), parts.get(1), parts.subList(2, parts.size()));
      case Dval.DObj o -> {
        var fields = new TreeMap<String, Dval>(o.fields().comparator());
        var part = parts.iterator();
        for (String key : o.fields().keySet()) fields.put(text(key), part.next());
        yield new Dval.DObj(fields);
      }
      case Dval.DErrorRail r -> new Dval.DErrorRail(parts.get(0));
      case Dval.DJust j -> new Dval.DJust(parts.get(0));
      case Dval.DOk ok -> new Dval.DOk(parts.get(0));
      case Dval.DErr err -> new Dval.DErr(parts.get(0));
      case Dval.DResponse r -> new Dval.DResponse(r.code(),
          r.headers().stream().map(h -> new Dval.Header(text(h.name()), text(h.value()))).toList(), parts.get(0));
      default -> throw new IllegalArgumentException("a value without parts: " + value.typeName());
    };
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
