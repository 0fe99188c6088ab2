package umbra.domain.trace;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.IdentityHashMap;
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

  /** A container being rebuilt: its parts, and the redacted ones so far. */
  private record Rebuilding(Dval original, List<Dval> parts, List<Dval> done) {}

  /**
   * The value with every text in it redacted (a string that holds no secret stays the same
   * instance). Containers are rebuilt from their redacted parts with a stack on the heap, so a
   * request body nested however deep needs no Java stack, and each once however many times it is
   * held, so a value built by doubling a list stays as small as it was.
   */
  public Dval value(Dval value) {
    if (secrets.isEmpty()) return value;
    var redacted = new IdentityHashMap<Dval, Dval>();
    var stack = new ArrayDeque<Rebuilding>();
    Dval next = value;
    while (true) {
      Dval finished = redacted.get(next);
      List<Dval> parts = finished == null ? parts(next) : null;
      if (finished == null && parts == null) {
        finished = leaf(next);
      } else if (finished == null) {
        stack.push(new Rebuilding(next, parts, new ArrayList<>(parts.size())));
      }
      while (finished != null || stack.peek().done().size() == stack.peek().parts().size()) {
        if (finished == null) {
          Rebuilding top = stack.pop();
          finished = rebuilt(top.original(), top.done());
          redacted.put(top.original(), finished);
        }
        if (stack.isEmpty()) return finished;
        stack.peek().done().add(finished);
        finished = null;
      }
      Rebuilding top = stack.peek();
      next = top.parts().get(top.done().size());
    }
  }

  /** The values inside a container, in order; null for a value that holds no other. */
  private static List<Dval> parts(Dval value) {
    return switch (value) {
      case Dval.DList l -> l.items();
      case Dval.DTuple t -> t.elements();
      case Dval.DObj o -> List.copyOf(o.fields().values());
      case Dval.DErrorRail r -> List.of(r.value());
      case Dval.DResponse r -> List.of(r.body());
      case Dval.DJust j -> List.of(j.value());
      case Dval.DOk ok -> List.of(ok.value());
      case Dval.DErr err -> List.of(err.value());
      default -> null;
    };
  }

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

  /** The container again, from its redacted parts (and its own texts redacted). */
  private Dval rebuilt(Dval original, List<Dval> parts) {
    return switch (original) {
      case Dval.DList l -> new Dval.DList(parts);
      case Dval.DTuple t -> new Dval.DTuple(parts.get(0), parts.get(1), parts.subList(2, parts.size()));
      case Dval.DObj o -> {
        var fields = new TreeMap<String, Dval>();
        int i = 0;
        for (String key : o.fields().keySet()) fields.put(text(key), parts.get(i++));
        yield new Dval.DObj(fields);
      }
      case Dval.DErrorRail r -> new Dval.DErrorRail(parts.get(0));
      case Dval.DResponse r -> new Dval.DResponse(r.code(),
          r.headers().stream().map(h -> new Dval.Header(text(h.name()), text(h.value()))).toList(), parts.get(0));
      case Dval.DJust j -> new Dval.DJust(parts.get(0));
      case Dval.DOk ok -> new Dval.DOk(parts.get(0));
      case Dval.DErr err -> new Dval.DErr(parts.get(0));
      default -> throw new IllegalStateException("not a container: " + original.typeName());
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
