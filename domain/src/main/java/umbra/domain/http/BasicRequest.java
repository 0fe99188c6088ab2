package umbra.domain.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;

/** The {@code request} value of {@code HTTPBasic} handlers (backend.md 2.10): bytes in, nothing parsed. */
public final class BasicRequest {
  private BasicRequest() {}

  /**
   * {@code {body: Bytes, headers: [(name, value)], url}}: header names lower-cased but not
   * merged, in received order; the URL honours {@code X-Forwarded-Proto} only for https.
   */
  public static Dval build(IncomingRequest r) {
    List<Dval> headers = new ArrayList<>(r.headers().size());
    for (Header h : r.headers()) {
      headers.add(new DTuple(new DStr(h.name().toLowerCase(Locale.ROOT)), new DStr(h.value()), List.of()));
    }
    var fields = new TreeMap<String, Dval>();
    fields.put("body", new DBytes(r.bodyForHandler()));
    fields.put("headers", new DList(headers));
    fields.put("url", new DStr(RequestUrl.of(r).toString()));
    return new DObj(fields);
  }
}
