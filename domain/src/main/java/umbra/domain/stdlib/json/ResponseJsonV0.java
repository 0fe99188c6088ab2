package umbra.domain.stdlib.json;

import static umbra.domain.stdlib.json.JsonPiece.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.domain.value.Repr;

/**
 * {@code PrettyResponseJsonV0.toPrettyResponseJsonV0} (Newtonsoft.Json, from the OCaml days):
 * values JSON lacks become {@code {"type": t, "value": v}} objects, results
 * {@code {"type": "result", "constructor": c, "values": [v]}}, responses keep their status and
 * headers, errors lose their message, and non-finite floats are bare {@code NaN} /
 * {@code Infinity} (not valid JSON; object.tests checks it).
 */
final class ResponseJsonV0 {
  private ResponseJsonV0() {}

  static List<JsonPiece> pieces(Dval dv) {
    return switch (dv) {
      case DInt i -> List.of(new Raw(Long.toString(i.value())));
      case DFloat f -> List.of(new Raw(flt(f.value())));
      case DBool b -> List.of(new Literal(String.valueOf(b.value())));
      case DNull n -> List.of(NULL);
      case DStr s -> List.of(new StringValue(s.value()));
      case DList l -> MachineJsonV1.array(l.items());
      case DTuple t -> MachineJsonV1.array(t.elements());
      case DObj o -> MachineJsonV1.object(o.fields());
      case DFnVal f -> typed("block", NULL);
      case DIncomplete i -> typed("incomplete", NULL);
      case DChar c -> typed("character", new StringValue(c.value()));
      case DError e -> typed("error", new StringValue("error"));
      case DRedirect r -> typed("response", START_ARRAY, START_ARRAY, new StringValue("Redirect"),
          new StringValue(r.url()), END_ARRAY, NULL, END_ARRAY);
      case DResponse r -> response(r);
      case DDB d -> typed("datastore", new StringValue(d.name()));
      case DDate d -> typed("date", new StringValue(Repr.ISO_SECONDS.format(d.value())));
      case DPassword p -> typed("password", NULL);
      case DUuid u -> typed("uuid", new StringValue(u.value().toString()));
      case DNothing n -> typed("option", NULL);
      case DJust j -> typed("option", new Later(j.value()));
      case DErrorRail r -> typed("errorrail", new Later(r.value()));
      case DOk o -> result("Ok", o.value());
      case DErr e -> result("Error", e.value());
      case DBytes b -> typed("bytes", new StringValue(new String(b.bytes(), StandardCharsets.UTF_8)));
    };
  }

  /** Newtonsoft's {@code JsonConvert.ToString(double)}: round-trip text, {@code .0} if it has no point or exponent. */
  static String flt(double f) {
    if (Double.isNaN(f)) return "NaN";
    if (Double.isInfinite(f)) return f > 0 ? "Infinity" : "-Infinity";
    String text = DotNetDouble.roundTrip(f);
    return text.contains(".") || text.contains("E") ? text : text + ".0";
  }

  private static List<JsonPiece> typed(String type, JsonPiece... value) {
    var pieces = new ArrayList<JsonPiece>();
    pieces.add(START_OBJECT);
    pieces.add(new PropertyName("type"));
    pieces.add(new StringValue(type));
    pieces.add(new PropertyName("value"));
    pieces.addAll(List.of(value));
    pieces.add(END_OBJECT);
    return pieces;
  }

  private static List<JsonPiece> response(DResponse r) {
    var pieces = new ArrayList<JsonPiece>();
    pieces.add(START_ARRAY);
    pieces.add(START_ARRAY);
    pieces.add(new StringValue("Response"));
    pieces.add(new Raw(Long.toString(r.code())));
    pieces.add(START_ARRAY);
    for (Header h : r.headers()) {
      pieces.addAll(List.of(START_ARRAY, new StringValue(h.name()), new StringValue(h.value()), END_ARRAY));
    }
    pieces.add(END_ARRAY);
    pieces.add(END_ARRAY);
    pieces.add(new Later(r.body()));
    pieces.add(END_ARRAY);
    return typed("response", pieces.toArray(JsonPiece[]::new));
  }

  private static List<JsonPiece> result(String constructor, Dval value) {
    return List.of(START_OBJECT, new PropertyName("type"), new StringValue("result"),
        new PropertyName("constructor"), new StringValue(constructor),
        new PropertyName("values"), START_ARRAY, new Later(value), END_ARRAY, END_OBJECT);
  }
}
