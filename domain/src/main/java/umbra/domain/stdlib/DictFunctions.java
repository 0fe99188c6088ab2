package umbra.domain.stdlib;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.domain.value.Fields;

/**
 * The Dict module, except its lambda builtins ({@link DictLambdaFunctions}) and the
 * {@code Dict::toJSON} serialisation (registered with the JSON module). Entries are visited in
 * key order (ordinal), as the classic backend's F# maps do. Setting, removing and merging are
 * persistent ({@link Fields}): the result shares the entries it keeps. Each builtin charges its
 * {@link Args#meter} for the entries and elements it builds.
 */
final class DictFunctions {
  private DictFunctions() {}

  static void register(Registry.Builder r) {
    registerBasics(r);
    registerConversions(r);
    registerLookups(r);
    DictLambdaFunctions.register(r);
  }

  private static void registerBasics(Registry.Builder r) {
    r.fn("Dict::empty_v0", "-> Dict<'a>", "The empty Dict.").plain(a -> new DObj(new TreeMap<>()));
    r.fn("Dict::singleton_v0", "key: Str, value: 'a -> Dict<'a>", "A Dict with the one entry key: value.")
        .plain(a -> new DObj(new TreeMap<>(Map.of(a.str(0), a.get(1)))));
    r.fn("Dict::size_v0", "dict: Dict<'a> -> Int", "The number of entries.")
        .plain(a -> new DInt(a.obj(0).size()));
    r.fn("Dict::isEmpty_v0", "dict: Dict<'a> -> Bool", "Whether the Dict has no entries.")
        .plain(a -> DBool.of(a.obj(0).isEmpty()));
    r.fn("Dict::merge_v0", "left: Dict<'a>, right: Dict<'a> -> Dict<'a>", "Both Dicts' entries; the right one's value wins on a shared key.")
        .plain(a -> {
          a.meter().dict(Math.min(a.obj(0).size(), a.obj(1).size())); // the smaller side is added to the larger
          return new DObj(Fields.of(a.obj(0)).withAll(a.obj(1)));
        });
    r.fn("Dict::set_v0", "dict: Dict<'a>, key: Str, val: 'a -> Dict<'a>", "The Dict with key set to val (added or replaced).")
        .plain(a -> {
          a.meter().dict(1);
          return new DObj(Fields.of(a.obj(0)).with(a.str(1), a.get(2)));
        });
    r.fn("Dict::remove_v0", "dict: Dict<'a>, key: Str -> Dict<'a>", "The Dict without the key (unchanged when it is absent).")
        .plain(a -> new DObj(Fields.of(a.obj(0)).without(a.str(1))));
  }

  private static void registerConversions(Registry.Builder r) {
    r.fn("Dict::keys_v0", "dict: Dict<'a> -> List<Str>", "The keys, in key order.")
        .plain(a -> {
          a.meter().list(a.obj(0).size());
          return new DList(a.obj(0).keySet().stream().<Dval>map(DStr::new).toList());
        });
    r.fn("Dict::values_v0", "dict: Dict<'a> -> List<'a>", "The values, in key order.")
        .plain(a -> {
          a.meter().list(a.obj(0).size());
          return new DList(new ArrayList<>(a.obj(0).values()));
        });
    r.fn("Dict::toList_v0", "dict: Dict<'a> -> List<'a>", "[key, value] lists of the entries, in key order.")
        .plain(a -> {
          a.meter().list(3L * a.obj(0).size()); // a [key, value] list per entry
          var out = new ArrayList<Dval>(a.obj(0).size());
          a.obj(0).forEach((k, v) -> out.add(new DList(List.of(new DStr(k), v))));
          return new DList(out);
        });
    r.fn("Dict::fromListOverwritingDuplicates_v0", "entries: List<'a> -> Dict<'a>", "A Dict of [key, value] lists; a later duplicate key wins.")
        .plain(a -> {
          a.meter().dict(a.list(0).size());
          var fields = new TreeMap<String, Dval>();
          for (Dval entry : a.list(0)) {
            Map.Entry<String, Dval> kv = keyValue(entry);
            fields.put(kv.getKey(), kv.getValue());
          }
          return new DObj(fields);
        });
    // Once a duplicate key has made the answer Nothing, the classic backend only looks at the
    // remaining entries for fake values: malformed ones no longer raise.
    r.fn("Dict::fromList_v0", "entries: List<'a> -> Option<Dict<'a>>", "Just a Dict of [key, value] lists, or Nothing if a key repeats.")
        .rail()
        .plain(a -> {
          a.meter().dict(a.list(0).size());
          var fields = new TreeMap<String, Dval>();
          boolean duplicate = false;
          for (Dval entry : a.list(0)) {
            if (duplicate) {
              if (entry.isFake()) throw new BuiltinFailure.FakeValueFound(entry);
              continue;
            }
            Map.Entry<String, Dval> kv = keyValue(entry);
            duplicate = fields.containsKey(kv.getKey());
            fields.put(kv.getKey(), kv.getValue());
          }
          return duplicate ? Dval.NOTHING : new DJust(new DObj(fields));
        });
  }

  /** A {@code [key, value]} entry of the fromList functions, or the failure it stands for. */
  private static Map.Entry<String, Dval> keyValue(Dval entry) {
    if (entry instanceof DList l && l.items().size() == 2) {
      if (l.items().get(0) instanceof DStr key) return Map.entry(key.value(), l.items().get(1));
      throw Errors.fail(Errors.argumentWasnt("key", "a string", l.items().get(0)));
    }
    if (entry.isFake()) throw new BuiltinFailure.FakeValueFound(entry);
    throw Errors.fail("All list items must be `[key, value]`");
  }

  private static void registerLookups(Registry.Builder r) {
    r.fn("Dict::get_v0", "dict: Dict<'a>, key: Str -> 'a", "The value for the key, or null when it is absent.")
        .deprecated("ReplacedBy Dict::get_v1")
        .plain(a -> a.obj(0).getOrDefault(a.str(1), Dval.NULL));
    r.fn("Dict::get_v1", "dict: Dict<'a>, key: Str -> Option<'a>", "Just the value for the key (a fake one is wrapped too), or Nothing.")
        .deprecated("ReplacedBy Dict::get_v2").rail()
        .plain(a -> {
          Dval v = a.obj(0).get(a.str(1));
          return v == null ? Dval.NOTHING : new DJust(v);
        });
    r.fn("Dict::get_v2", "dict: Dict<'a>, key: Str -> Option<'a>", "Just the value for the key, or Nothing; a fake value propagates.")
        .rail()
        .plain(a -> {
          Dval v = a.obj(0).get(a.str(1));
          return v == null ? Dval.NOTHING : Dval.just(v);
        });
    r.fn("Dict::member_v0", "dict: Dict<'a>, key: Str -> Bool", "Whether the key is present.")
        .plain(a -> DBool.of(a.obj(0).containsKey(a.str(1))));
  }

  /** Entries as the (key, value) argument lists of a two-parameter lambda. */
  static List<List<Dval>> keyValueArgs(SortedMap<String, Dval> fields) {
    var out = new ArrayList<List<Dval>>(fields.size());
    fields.forEach((k, v) -> out.add(List.of(new DStr(k), v)));
    return out;
  }
}
