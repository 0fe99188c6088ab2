package umbra.domain.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;

/** Query strings and form bodies as Dark sees them (backend.md 2.3). */
public final class FormEncoding {
  private FormEncoding() {}

  /**
   * {@code a=1&b=x,y&c} becomes {@code {a: "1", b: ["x", "y"], c: null}}: values are split on
   * commas before decoding, a key without a value is null, the last duplicate wins.
   */
  public static DObj decode(String text) {
    var fields = new TreeMap<String, Dval>();
    if (text.isEmpty()) return new DObj(fields);
    for (String piece : text.split("&", -1)) {
      int eq = piece.indexOf('=');
      String key = urlDecode(eq < 0 ? piece : piece.substring(0, eq));
      if (eq < 0) {
        fields.put(key, Dval.NULL);
        continue;
      }
      String raw = piece.substring(eq + 1);
      if (raw.isEmpty()) {
        fields.put(key, Dval.NULL);
        continue;
      }
      String[] parts = raw.split(",", -1);
      if (parts.length == 1) {
        fields.put(key, new DStr(urlDecode(parts[0])));
      } else {
        var values = new ArrayList<Dval>();
        for (String p : parts) values.add(new DStr(urlDecode(p)));
        fields.put(key, new DList(values));
      }
    }
    return new DObj(fields);
  }

  /** {@code +} is a space, {@code %XX} a byte; malformed escapes stay as written. */
  public static String urlDecode(String s) {
    if (s.indexOf('%') < 0 && s.indexOf('+') < 0) return s;
    var out = new ByteArrayOutputStream();
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b == '+') {
        out.write(' ');
      } else if (b == '%' && i + 2 < bytes.length && hex(bytes[i + 1]) >= 0 && hex(bytes[i + 2]) >= 0) {
        out.write(hex(bytes[i + 1]) * 16 + hex(bytes[i + 2]));
        i += 2;
      } else {
        out.write(b);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static int hex(byte b) {
    return Character.digit((char) b, 16);
  }

  /** Cookies from the {@code cookie} header (backend.md 2.4); a duplicate name is a Dark error. */
  public static Dval cookies(String header) {
    var pairs = new ArrayList<Map.Entry<String, Dval>>();
    if (header == null || header.isEmpty()) return new DObj(new TreeMap<>());
    for (String piece : header.split(";")) {
      String p = piece.trim();
      int eq = p.indexOf('=');
      if (p.isEmpty() || eq < 0) continue;
      pairs.add(new AbstractMap.SimpleEntry<>(urlDecode(p.substring(0, eq)), new DStr(urlDecode(p.substring(eq + 1)))));
    }
    return Dval.obj(pairs);
  }

  /** Re-encodes a query for {@code request.url} (backend.md 2.6): unsafe bytes become {@code %XX}. */
  public static String encodeQuery(String query) {
    var sb = new StringBuilder();
    for (byte b : query.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 128 && (Character.isLetterOrDigit(c) || "*$@!:()~?/.,&-_=\\".indexOf(c) >= 0)) {
        sb.append((char) c);
      } else {
        sb.append('%').append(String.format("%02X", c));
      }
    }
    return sb.toString();
  }

}
