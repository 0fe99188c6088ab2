package umbra.domain.stdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static umbra.domain.stdlib.CoreCalls.*;

import java.util.Map;
import org.junit.jupiter.api.Test;
import umbra.domain.value.Dval;

class NoModuleFunctionsTest {

  @Test
  void toStringAndToRepr() {
    assertThat(call("toString_v0", s("test"))).isEqualTo(s("test"));
    assertThat(call("toString_v0", f(1234567.987654))).isEqualTo(s("1234567.98765"));
    assertThat(call("toString_v0", list(s("a"), i(1)))).isEqualTo(s("[ \n  \"a\", 1\n]"));
    assertThat(call("toRepr_v0", f(3.1415))).isEqualTo(s("3.1415"));
    assertThat(call("toRepr_v0", s("q"))).isEqualTo(s("\"q\""));
  }

  @Test
  void toStringPrintsWrapperPayloadsBareAndQuotesTextInsideCollections() {
    var id = new Dval.DUuid(java.util.UUID.fromString("9c59ba07-1e20-4ce2-a2de-6a95391d67b2"));
    assertThat(call("toString_v0", new Dval.DOk(id))).isEqualTo(s("9c59ba07-1e20-4ce2-a2de-6a95391d67b2"));
    assertThat(call("toString_v0", new Dval.DErr(s("bad")))).isEqualTo(s("Error: bad"));
    assertThat(call("toString_v0", list(id, new Dval.DChar("c"))))
        .isEqualTo(s("[ \n  \"9c59ba07-1e20-4ce2-a2de-6a95391d67b2\", \"c\"\n]"));
    assertThat(call("toString_v0", list(new Dval.DJust(s("a")), list(i(1)))))
        .isEqualTo(s("[ \n  a, [ \n    1\n  ]\n]"));
    assertThat(call("toString_v0", list(new Dval.DJust(list(i(1))))))
        .isEqualTo(s("[ \n  [ \n  1\n]\n]"));
  }

  @Test
  void equalityIsStructuralWithIeeeFloats() {
    assertThat(call("==", list(i(1), s("a")), list(i(1), s("a")))).isEqualTo(Dval.TRUE);
    assertThat(call("equals_v0", i(5), f(5.0))).isEqualTo(Dval.FALSE);
    assertThat(call("equals_v0", f(0.0), f(-0.0))).isEqualTo(Dval.TRUE);
    assertThat(call("!=", f(Double.NaN), f(Double.NaN))).isEqualTo(Dval.TRUE);
    assertThat(call("notEquals_v0", s("abc"), s("abc"))).isEqualTo(Dval.FALSE);
  }

  @Test
  void toFormListsTheKeysInOrder() {
    Dval obj = Dval.DObj.of(Map.of("b", s(""), "a", i(1)));
    assertThat(call("toForm_v0", obj, s("/save"))).isEqualTo(s("<form action=\"/save\" method=\"post\">\n"
        + "<label for=\"a\">a:</label>\n<input id=\"a\" type=\"text\" name=\"a\">\n"
        + "<label for=\"b\">b:</label>\n<input id=\"b\" type=\"text\" name=\"b\">\n"
        + "<input type=\"submit\" value=\"Save\">\n</form>"));
  }

  @Test
  void everyOperatorIsRegisteredUnderItsOwnName() {
    for (String op : new String[] {"+", "-", "*", ">", ">=", "<", "<=", "^", "%", "/", "++", "==", "!=", "&&", "||",
        "Date::<", "Date::>", "Date::<=", "Date::>="}) {
      Builtin b = REGISTRY.get(Registry.parseName(op));
      assertThat(b).as(op).isNotNull();
      assertThat(b.name()).isEqualTo(Registry.parseName(op));
      assertThat(b.isDeprecated()).isFalse();
    }
    assertThat(call("-", i(2000), i(1950))).isEqualTo(i(50));
    assertThat(call("-", f(1.0), i(1))).isEqualTo(err(
        "- was called with a Float (1.), but `a` expected a Int. Try using Float::subtract, or use Float::truncate to truncate Floats to Ints."));
  }

  @Test
  void assocAndDissocAreDeprecatedRenames() {
    assertThat(REGISTRY.get(Registry.parseName("assoc_v0")).deprecation()).isEqualTo("RenamedTo Dict::set");
    assertThat(REGISTRY.get(Registry.parseName("dissoc_v0")).params()).extracting(Builtin.Param::name).containsExactly("dict", "key");
  }

  @Test
  void errorToStringIsOnlyReachableWithAnErrorWhichShortCircuits() {
    assertThat(call("Error::toString_v0", err("boom"))).isEqualTo(err("boom"));
    assertThat(call("Error::toString_v0", i(1))).isEqualTo(err("Error::toString was called with a Int (1), but `err` expected a Error."));
  }
}
