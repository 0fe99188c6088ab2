package umbra.domain.stdlib.json;

import static umbra.domain.stdlib.json.JsonPiece.*;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.domain.value.Repr;

/**
 * {@code DvalReprLegacyExternal.toPrettyMachineJsonV1}: JSON for machines that know nothing of
 * Dark. Options, Results and the error rail are unwrapped ({@code Nothing} is null,
 * {@code Error v} is {@code {"Error": v}}), errors are {@code {"Error": null}}, passwords are
 * redacted, and values JSON lacks become strings (dates, UUIDs, chars, base64 bytes).
 */
final class MachineJsonV1 {
  private MachineJsonV1() {}

  static List<JsonPiece> pieces(Dval dv) {
    return switch (dv) {
      case DInt i -> List.of(new Raw(Long.toString(i.value())));
      case DFloat f -> List.of(flt(f.value()));
      case DBool b -> List.of(new Literal(String.valueOf(b.value())));
      case DNull n -> List.of(NULL);
      case DStr s -> List.of(new StringValue(s.value()));
      case DChar c -> List.of(new StringValue(c.value()));
      case DList l -> array(l.items());
      case DTuple t -> array(t.elements());
      case DObj o -> object(o.fields());
      case DFnVal f -> List.of(NULL);
      case DIncomplete i -> List.of(NULL);
      case DError e -> List.of(START_OBJECT, new PropertyName("Error"), NULL, END_OBJECT);
      case DRedirect r -> List.of(NULL);
      case DResponse r -> List.of(new Later(r.body()));
      case DDB d -> List.of(new StringValue(d.name()));
      case DDate d -> List.of(new StringValue(Repr.ISO_SECONDS.format(d.value())));
      case DPassword p -> List.of(START_OBJECT, new PropertyName("Error"), new StringValue("Password is redacted"), END_OBJECT);
      case DUuid u -> List.of(new StringValue(u.value().toString()));
      case DNothing n -> List.of(NULL);
      case DJust j -> List.of(new Later(j.value()));
      case DErrorRail r -> List.of(new Later(r.value()));
      case DOk o -> List.of(new Later(o.value()));
      case DErr e -> List.of(START_OBJECT, new PropertyName("Error"), new Later(e.value()), END_OBJECT);
      case DBytes b -> List.of(new StringValue(Base64.getEncoder().encodeToString(b.bytes())));
    };
  }

  /**
   * language.md A.7.15: whole numbers get {@code .0} ({@code 5.0}), unless .NET already printed
   * them with a point or an exponent ({@code 1e+16}); others are .NET's shortest round-trip form,
   * lower-cased; NaN and the infinities are strings.
   */
  static Event flt(double f) {
    if (Double.isNaN(f)) return new StringValue("NaN");
    if (Double.isInfinite(f)) return new StringValue(f > 0 ? "Infinity" : "-Infinity");
    if (f == 0 && 1 / f < 0) return new Raw("-0.0");
    String text = DotNetDouble.roundTrip(f);
    boolean whole = Math.abs(f % 1.0) <= Double.MIN_VALUE; // .NET's Double.Epsilon
    if (whole && !text.contains(".") && !text.contains("E")) return new Raw(text + ".0");
    return new Raw(text.toLowerCase(Locale.ROOT));
  }

  static List<JsonPiece> array(List<Dval> items) {
    var pieces = new ArrayList<JsonPiece>(items.size() + 2);
    pieces.add(START_ARRAY);
    for (Dval item : items) pieces.add(new Later(item));
    pieces.add(END_ARRAY);
    return pieces;
  }

  static List<JsonPiece> object(Map<String, Dval> fields) {
    var pieces = new ArrayList<JsonPiece>(2 * fields.size() + 2);
    pieces.add(START_OBJECT);
    for (var e : fields.entrySet()) {
      pieces.add(new PropertyName(e.getKey()));
      pieces.add(new Later(e.getValue()));
    }
    pieces.add(END_OBJECT);
    return pieces;
  }
}
