package umbra.domain.stdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static umbra.domain.stdlib.DarkCode.*;

import org.junit.jupiter.api.Test;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.FnName;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;

/** The Dict and Object builtins, run through the interpreter. */
class DictFunctionsTest {

  private static final Expr ABC = record("a", s("x"), "b", s("y"), "c", s("z"));

  @Test
  void basicsKeepEntriesInKeyOrder() {
    assertThat(run(call("Dict::empty_v0"))).isEqualTo(dobj());
    assertThat(run(call("Dict::singleton_v0", s("Content-Length"), i(1)))).isEqualTo(dobj("Content-Length", new DInt(1)));
    assertThat(run(call("Dict::size_v0", ABC))).isEqualTo(new DInt(3));
    assertThat(run(call("Dict::keys_v0", record("z", i(1), "a", i(2))))).isEqualTo(dlist(dstr("a"), dstr("z")));
    assertThat(run(call("Dict::values_v0", record("z", i(1), "a", i(2))))).isEqualTo(dints(2, 1));
    assertThat(run(call("Dict::toList_v0", record("k", i(1))))).isEqualTo(dlist(dlist(dstr("k"), new DInt(1))));
    assertThat(run(call("Dict::member_v0", ABC, s("b")))).isEqualTo(Dval.TRUE);
    assertThat(run(call("Dict::isEmpty_v0", record()))).isEqualTo(Dval.TRUE);
  }

  @Test
  void setRemoveAndMergeCopy() {
    assertThat(run(call("Dict::set_v0", record("key1", s("before")), s("key1"), i(2)))).isEqualTo(dobj("key1", new DInt(2)));
    assertThat(run(call("Dict::remove_v0", record("key1", s("v")), s("key2")))).isEqualTo(dobj("key1", dstr("v")));
    assertThat(run(call("Dict::remove_v0", record("key1", s("v")), s("key1")))).isEqualTo(dobj());
    assertThat(run(call("Dict::merge_v0", record("k", s("l"), "a", i(1)), record("k", s("r")))))
        .isEqualTo(dobj("k", dstr("r"), "a", new DInt(1)));
  }

  @Test
  void getVersionsDifferOnMissingKeysAndFakeValues() {
    assertThat(run(call("Dict::get_v0", record(), s("i")))).isEqualTo(Dval.NULL);
    assertThat(run(call("Dict::get_v1", record(), s("i")))).isEqualTo(Dval.NOTHING);
    assertThat(run(call("Dict::get_v2", record("key1", s("val1")), s("key1")))).isEqualTo(new DJust(dstr("val1")));
    // records keep DError values (A.7.11): v1 wraps them, v2 lets them through
    assertThat(run(call("Dict::get_v1", record("k", error("e")), s("k")))).isInstanceOf(DJust.class);
    assertError(run(call("Dict::get_v2", record("k", error("e")), s("k"))), "e");
  }

  @Test
  void fromListOverwritingDuplicatesLetsTheLastWin() {
    Expr entries = list(list(s("a"), i(1)), list(s("b"), i(2)), list(s("a"), i(3)));
    assertThat(run(call("Dict::fromListOverwritingDuplicates_v0", entries))).isEqualTo(dobj("a", new DInt(3), "b", new DInt(2)));
    assertError(run(call("Dict::fromListOverwritingDuplicates_v0", list(list(s("c"), i(3), i(3))))),
        "All list items must be `[key, value]`");
    assertError(run(call("Dict::fromListOverwritingDuplicates_v0", list(ints(1, 1)))),
        "Expected the argument `key` to be a string, but it was `1`");
    assertError(run(call("Dict::fromListOverwritingDuplicates_v0", list(list(s("a"), i(1)), i(2)))),
        "All list items must be `[key, value]`");
  }

  @Test
  void fromListIsNothingOnADuplicateKey() {
    Expr headers = list(list(s("Content-Length"), i(0)), list(s("Server"), s("dark")));
    assertThat(run(call("Dict::fromList_v0", headers))).isEqualTo(new DJust(dobj("Content-Length", new DInt(0), "Server", dstr("dark"))));
    assertThat(run(call("Dict::fromList_v0", list(list(s("a"), i(1)), list(s("a"), i(2)))))).isEqualTo(Dval.NOTHING);
    // after a duplicate only fake entries still matter
    assertThat(run(call("Dict::fromList_v0", list(list(s("a"), i(1)), list(s("a"), i(2)), i(3))))).isEqualTo(Dval.NOTHING);
    assertError(run(call("Dict::fromList_v0", list(list(s("a"), i(1)), i(2)))), "All list items must be `[key, value]`");
    assertError(run(call("Dict::fromList_v0", list(error("")))), "");
    assertThat(run(call("Dict::fromList_v0", list()))).isEqualTo(new DJust(dobj()));
  }

  @Test
  void mapAndForeachStoreResultsAsTheyAre() {
    Expr concat = fun("k v", call("List::append_v0", list(v("k")), list(v("v"))));
    assertThat(run(call("Dict::map_v0", record("a", s("x")), concat))).isEqualTo(dobj("a", dlist(dstr("a"), dstr("x"))));
    assertThat(run(call("Dict::foreach_v0", record("k1", i(1), "k2", i(2)), fun("x", call("T::add_v0", v("x"), i(1))))))
        .isEqualTo(dobj("k1", new DInt(2), "k2", new DInt(3)));
    Dval withError = run(call("Dict::map_v0", record("a", i(1)), fun("k v", error("e"))));
    assertThat(withError).isInstanceOfSatisfying(DObj.class, o -> assertError(o.fields().get("a"), "e"));
  }

  @Test
  void filterVersionsAndFilterMap() {
    Expr keyIsB = fun("k v", call("T::eq_v0", v("k"), s("b")));
    assertThat(run(call("Dict::filter_v1", ABC, keyIsB))).isEqualTo(dobj("b", dstr("y")));
    assertThat(run(call("Dict::filter_v0", ABC, keyIsB))).isEqualTo(dobj("b", dstr("y")));
    Expr blankForB = fun("k v", iff(call("T::eq_v0", v("k"), s("b")), blank(), b(true)));
    assertThat(run(call("Dict::filter_v0", ABC, blankForB))).isEqualTo(dobj("a", dstr("x"), "c", dstr("z")));
    assertThat(run(call("Dict::filter_v1", ABC, blankForB))).isInstanceOf(DIncomplete.class);
    assertError(run(call("Dict::filter_v1", ABC, fun("k v", i(2)))), "Expected `fn` to return a Bool, but it returned `2`");
    assertError(run(call("Dict::filter_v0", ABC, fun("k v", s("a")))), "Expected `fn` to return a Bool, but it returned `\"a\"`");

    Expr dropY = fun("k v", iff(call("T::eq_v0", v("v"), s("y")), nothing(), just(v("k"))));
    assertThat(run(call("Dict::filterMap_v0", ABC, dropY))).isEqualTo(dobj("a", dstr("a"), "c", dstr("c")));
    assertError(run(call("Dict::filterMap_v0", ABC, fun("k v", b(false)))), "Expected `fn` to return a Option, but it returned `false`");
  }

  @Test
  void objectNamesAreRenamedDictFunctions() {
    assertThat(run(call("Object::empty_v0"))).isEqualTo(dobj());
    assertThat(run(call("Object::merge_v0", record("k", s("l")), record("k", s("r"))))).isEqualTo(dobj("k", dstr("r")));
    assertError(run(call("Object::merge_v0", i(1), record())), "Object::merge was called with a Int (1), but `left` expected a Dict.");
    assertThat(REGISTRY.get(new FnName.Stdlib("Object", "empty", 0)).isDeprecated()).isTrue();
  }
}
