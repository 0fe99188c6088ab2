package umbra.domain.datastore;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import umbra.domain.stdlib.Registry;
import umbra.domain.syntax.FnName;

/**
 * The builtins a query lambda may call, with their SQL forms: Dark's {@code sqlSpec} of each
 * function in the classic standard library. Two differ on purpose: adding seconds to a date
 * ({@code Date::add}, {@code Date::subtract*}) multiplies an interval, where Dark's
 * {@code timestamp + bigint} always failed in PostgreSQL.
 */
final class SqlFunctions {
  private SqlFunctions() {}

  private static final Map<FnName.Stdlib, SqlSpec> SPECS = build();

  static SqlSpec of(FnName.Stdlib name) { return SPECS.get(name); }

  private static Map<FnName.Stdlib, SqlSpec> build() {
    var m = new HashMap<FnName.Stdlib, SqlSpec>();
    binOps(m, "=", "==_v0", "equals_v0");
    binOps(m, "<>", "!=_v0", "notEquals_v0");
    binOps(m, "AND", "&&_v0", "Bool::and_v0");
    binOps(m, "OR", "||_v0", "Bool::or_v0");
    binOps(m, "+", "+_v0", "Int::add_v0", "Float::add_v0");
    binOps(m, "-", "-_v0", "Int::subtract_v0", "Float::subtract_v0");
    binOps(m, "*", "*_v0", "Int::multiply_v0", "Float::multiply_v0");
    binOps(m, "/", "/_v0", "Int::divide_v0", "Float::divide_v0");
    binOps(m, "%", "%_v0", "Int::mod_v0");
    binOps(m, "^", "^_v0", "Int::power_v0", "Float::power_v0");
    binOps(m, ">", ">_v0", "Int::greaterThan_v0", "Float::greaterThan_v0", "Date::>_v0", "Date::greaterThan_v0");
    binOps(m, ">=", ">=_v0", "Int::greaterThanOrEqualTo_v0", "Float::greaterThanOrEqualTo_v0", "Date::>=_v0",
        "Date::greaterThanOrEqualTo_v0");
    binOps(m, "<", "<_v0", "Int::lessThan_v0", "Float::lessThan_v0", "Date::<_v0", "Date::lessThan_v0");
    binOps(m, "<=", "<=_v0", "Int::lessThanOrEqualTo_v0", "Float::lessThanOrEqualTo_v0", "Date::<=_v0",
        "Date::lessThanOrEqualTo_v0");
    put(m, new SqlSpec.Function("not"), "Bool::not_v0");

    put(m, new SqlSpec.Callback2((d, s) -> d + " + (" + s + " * interval '1 second')"), "Date::add_v0");
    put(m, new SqlSpec.Callback2((d, s) -> d + " - (" + s + " * interval '1 second')"), "Date::subtract_v0",
        "Date::subtractSeconds_v0");
    for (String part : List.of("year", "month", "day", "hour", "minute", "second")) {
      put(m, new SqlSpec.PrefixArgs("date_part", List.of("'" + part + "'")), "Date::" + part + "_v0",
          "Date::" + part + "_v1", "Date::" + part + "_v2");
    }
    put(m, new SqlSpec.PrefixArgs("date_trunc", List.of("'day'")), "Date::atStartOfDay_v0");

    put(m, new SqlSpec.Function("replace"), "String::replaceAll_v0");
    put(m, new SqlSpec.Function("upper"), "String::toUppercase_v0", "String::toUppercase_v1");
    put(m, new SqlSpec.Function("lower"), "String::toLowercase_v0", "String::toLowercase_v1");
    put(m, new SqlSpec.Function("length"), "String::length_v0");
    put(m, new SqlSpec.Function("reverse"), "String::reverse_v0");
    put(m, new SqlSpec.Function("trim"), "String::trim_v0");
    put(m, new SqlSpec.Function("ltrim"), "String::trimStart_v0");
    put(m, new SqlSpec.Function("rtrim"), "String::trimEnd_v0");
    put(m, new SqlSpec.Callback2((lookingIn, searchingFor) -> "strpos(" + lookingIn + ", " + searchingFor + ") > 0"),
        "String::isSubstring_v1", "String::contains_v0");
    return Map.copyOf(m);
  }

  private static void binOps(Map<FnName.Stdlib, SqlSpec> m, String op, String... names) {
    put(m, new SqlSpec.BinOp(op), names);
  }

  private static void put(Map<FnName.Stdlib, SqlSpec> m, SqlSpec spec, String... names) {
    for (String n : names) m.put(Registry.parseName(n), spec);
  }
}
