package umbra.domain.stdlib;

import java.util.ArrayList;
import umbra.domain.value.Dval.DBool;
import umbra.domain.value.Dval.DStr;
import umbra.domain.value.Equality;
import umbra.domain.value.Repr;

/**
 * Functions without a module, and every infix operator. An operator is a copy of the prefix
 * function that reports errors under its own name (language.md A.7.14).
 */
final class NoModuleFunctions {
  private NoModuleFunctions() {}

  static void register(Registry.Builder r) {
    r.fn("toString_v0", "v: 'a -> Str", "End-user readable text of any value")
        .plain(a -> new DStr(Repr.toEnduser(a.get(0), a.meter())));
    r.fn("toRepr_v0", "v: 'a -> Str", "Developer representation of any value")
        .deprecated("DeprecatedBecause Not intended for external use")
        .plain(a -> new DStr(Repr.toRepr(a.get(0), a.meter())));
    r.fn("equals_v0", "a: 'a, b: 'a -> Bool", "Structural equality")
        .plain(a -> DBool.of(Equality.equal(a.get(0), a.get(1), a.meter())));
    r.fn("notEquals_v0", "a: 'a, b: 'b -> Bool", "Structural inequality")
        .plain(a -> DBool.of(!Equality.equal(a.get(0), a.get(1), a.meter())));
    r.fn("toForm_v0", "obj: Dict<'a>, submit: Str -> Str", "A demo HTML form with a text input per key of obj")
        .deprecated("DeprecatedBecause It is just a demo function")
        .plain(a -> a.meter().str(form(a.obj(0).keySet(), a.str(1))));
    r.alias("assoc_v0", "Dict::set_v0", "RenamedTo Dict::set");
    r.alias("dissoc_v0", "Dict::remove_v0", "RenamedTo Dict::remove");
    operators(r);
  }

  private static void operators(Registry.Builder r) {
    r.alias("+", "Int::add_v0", null);
    r.alias("-", "Int::subtract_v0", null);
    r.alias("*", "Int::multiply_v0", null);
    r.alias(">", "Int::greaterThan_v0", null);
    r.alias(">=", "Int::greaterThanOrEqualTo_v0", null);
    r.alias("<", "Int::lessThan_v0", null);
    r.alias("<=", "Int::lessThanOrEqualTo_v0", null);
    r.alias("^", "Int::power_v0", null);
    r.alias("%", "Int::mod_v0", null);
    r.alias("/", "Float::divide_v0", null);
    r.alias("++", "String::append_v1", null);
    r.alias("==", "equals_v0", null);
    r.alias("!=", "notEquals_v0", null);
    r.alias("&&", "Bool::and_v0", null);
    r.alias("||", "Bool::or_v0", null);
    r.alias("Date::<", "Date::lessThan_v0", null);
    r.alias("Date::>", "Date::greaterThan_v0", null);
    r.alias("Date::<=", "Date::lessThanOrEqualTo_v0", null);
    r.alias("Date::>=", "Date::greaterThanOrEqualTo_v0", null);
  }

  /** Keys in the dict's (ordinal) order; the values are ignored. */
  private static String form(Iterable<String> keys, String action) {
    var inputs = new ArrayList<String>();
    for (String k : keys) {
      inputs.add("<label for=\"" + k + "\">" + k + ":</label>\n<input id=\"" + k + "\" type=\"text\" name=\"" + k + "\">");
    }
    return "<form action=\"" + action + "\" method=\"post\">\n" + String.join("\n", inputs)
        + "\n<input type=\"submit\" value=\"Save\">\n</form>";
  }
}
