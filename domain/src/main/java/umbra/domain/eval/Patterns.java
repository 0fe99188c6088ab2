package umbra.domain.eval;

import java.util.List;
import umbra.domain.syntax.Pattern;
import umbra.domain.syntax.Pattern.*;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;

/** Pattern matching (language.md A.5). */
final class Patterns {
  private Patterns() {}

  /** True if {@code p} matches {@code v}; variable bindings are appended in pattern order. */
  static boolean matches(Pattern p, Dval v, List<Object[]> bindings) {
    return switch (p) {
      case MPVariable var -> {
        if (v.isFake()) yield false;
        bindings.add(new Object[] {var.name(), v});
        yield true;
      }
      case MPConstructor c -> constructor(c, v, bindings);
      case MPInteger i -> v instanceof DInt d && d.value() == i.value();
      case MPBool b -> v instanceof DBool d && d.value() == b.value();
      case MPCharacter c -> v instanceof DChar d && d.value().equals(c.value());
      case MPString s -> v instanceof DStr d && d.value().equals(s.value());
      case MPFloat f -> v instanceof DFloat d && d.value() == f.toDouble();
      case MPNull n -> v instanceof DNull;
      case MPBlank b -> false;
      case MPTuple t -> tuple(t, v, bindings);
    };
  }

  private static boolean constructor(MPConstructor c, Dval v, List<Object[]> bindings) {
    return switch (c.name()) {
      case "Nothing" -> c.args().isEmpty() && v instanceof DNothing;
      case "Just" -> c.args().size() == 1 && v instanceof DJust j && matches(c.args().get(0), j.value(), bindings);
      case "Ok" -> c.args().size() == 1 && v instanceof DOk o && matches(c.args().get(0), o.value(), bindings);
      case "Error" -> c.args().size() == 1 && v instanceof DErr e && matches(c.args().get(0), e.value(), bindings);
      default -> false;
    };
  }

  private static boolean tuple(MPTuple t, Dval v, List<Object[]> bindings) {
    if (!(v instanceof DTuple d) || d.rest().size() != t.rest().size()) return false;
    if (!matches(t.first(), d.first(), bindings) || !matches(t.second(), d.second(), bindings)) return false;
    for (int i = 0; i < t.rest().size(); i++) {
      if (!matches(t.rest().get(i), d.rest().get(i), bindings)) return false;
    }
    return true;
  }
}
