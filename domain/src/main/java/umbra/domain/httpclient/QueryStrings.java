package umbra.domain.httpclient;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import umbra.domain.httpclient.HttpCall.QueryParam;
import umbra.domain.http.FormEncoding;

/**
 * Dark's query strings for outgoing calls ({@code HttpQueryEncoding}): the code's parameters
 * before those already in the URL, keys and values percent-encoded slightly differently, several
 * values of one key joined with commas.
 */
public final class QueryStrings {
  private QueryStrings() {}

  private static final String KEEP_IN_VALUES = "*$@!:()~?/.-_='";
  private static final String KEEP_IN_KEYS = "*$@!:()~?/.,-_'";

  /** The query to send: {@code params}, then the URL's own {@code existing} query (without '?'). */
  public static String create(String existing, List<QueryParam> params) {
    var all = new ArrayList<>(params);
    all.addAll(parse(existing));
    return encode(all);
  }

  public static String encode(List<QueryParam> params) {
    if (params.size() == 1 && params.get(0).values().isEmpty()) return encode(params.get(0).key(), KEEP_IN_KEYS);
    var parts = new ArrayList<String>(params.size());
    for (QueryParam p : params) {
      String k = encode(p.key(), KEEP_IN_KEYS);
      if (p.values().isEmpty()) {
        parts.add(k);
      } else {
        var vs = new ArrayList<String>(p.values().size());
        for (String v : p.values()) vs.add(encode(v, KEEP_IN_VALUES));
        parts.add(k + "=" + String.join(",", vs));
      }
    }
    return String.join("&", parts);
  }

  /** {@code parseQueryString_}: pairs split on '&' and '=', values on ',', each URL-decoded. */
  static List<QueryParam> parse(String query) {
    var out = new ArrayList<QueryParam>();
    if (query == null || query.isEmpty()) return out;
    for (String pair : query.split("&", -1)) {
      String[] kv = pair.split("=", -1);
      String k = kv[0];
      List<String> vs;
      if (kv.length == 1) {
        vs = List.of();
      } else if (kv.length == 2 && kv[1].isEmpty()) {
        vs = List.of("");
      } else {
        String joined = String.join("=", java.util.Arrays.copyOfRange(kv, 1, kv.length));
        vs = new ArrayList<>();
        for (String v : joined.split(",", -1)) vs.add(FormEncoding.urlDecode(v));
      }
      out.add(new QueryParam(FormEncoding.urlDecode(k), vs));
    }
    return out;
  }

  private static String encode(String s, String keep) {
    var sb = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c < 128 && keep.indexOf(c) >= 0) {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return sb.toString();
  }
}
