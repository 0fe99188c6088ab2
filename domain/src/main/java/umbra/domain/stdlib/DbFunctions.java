package umbra.domain.stdlib;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import umbra.domain.datastore.Datastore;
import umbra.domain.datastore.DatastoreCommand;
import umbra.domain.datastore.DatastoreCommand.Selection;
import umbra.domain.datastore.QueryCompiler;
import umbra.domain.datastore.Rows;
import umbra.domain.datastore.Shape;
import umbra.domain.eval.Step;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.domain.value.Meter;
import umbra.domain.value.Repr;

/**
 * The DB module (backend.md 7). Each function checks its arguments and the row against the
 * datastore's schema, compiles query lambdas to SQL, and then asks for one {@link
 * DatastoreCommand} as an effect: the storage itself lives in the handler layer, which answers
 * with the function's result (so a trace holds exactly what the code saw).
 */
final class DbFunctions {
  private DbFunctions() {}

  private static final String TABLE = "table: DB<'a>";
  private static final String FILTER = "filter: Fn<('a) -> Bool>";

  static void register(Registry.Builder r) {
    registerWrites(r);
    registerReads(r);
    registerExactQueries(r);
    registerLambdaQueries(r);
    registerSchema(r);
    registerRemoved(r);
  }

  private static void registerWrites(Registry.Builder r) {
    r.fn("DB::set_v1", "val: Dict<'a>, key: Str, " + TABLE + " -> Dict<'a>",
            "Upserts a record (Dict) under a key; returns the record.")
        .purity(Builtin.Purity.IMPURE)
        .stepping((ctx, a) -> {
          Datastore db = store(ctx, a, 2);
          DObj row = checked(db, a.as(0, DObj.class));
          a.meter().copies(row); // storage writes the whole row out
          return perform(ctx, a, new DatastoreCommand.Write(db, a.str(1), row, a.get(0)));
        });
    r.fn("DB::add_v0", "val: Dict<'a>, " + TABLE + " -> Str",
            "Stores a record under a freshly generated UUID key; returns the key.")
        .purity(Builtin.Purity.IMPURE)
        .deprecated("ReplacedBy DB::set_v1")
        .stepping((ctx, a) -> {
          Datastore db = store(ctx, a, 1);
          DObj row = checked(db, a.as(0, DObj.class));
          a.meter().copies(row); // storage writes the whole row out
          return perform(ctx, a, new DatastoreCommand.Write(db, null, row, null));
        });
    r.fn("DB::delete_v1", "key: Str, " + TABLE + " -> Null", "Deletes the record with the key; returns null.")
        .purity(Builtin.Purity.IMPURE)
        .stepping((ctx, a) -> perform(ctx, a, new DatastoreCommand.Delete(store(ctx, a, 1), a.str(0))));
    r.fn("DB::deleteAll_v1", TABLE + " -> Null", "Deletes every record of the datastore; returns null.")
        .purity(Builtin.Purity.IMPURE)
        .stepping((ctx, a) -> perform(ctx, a, new DatastoreCommand.DeleteAll(store(ctx, a, 0))));
    r.fn("DB::generateKey_v0", "-> Str", "A fresh random UUID string, suitable as a key.")
        .effect();
  }

  private static void registerReads(Registry.Builder r) {
    keyRead(r, "DB::get_v2", "key: Str", "Option<'a>", Shape.OPTION, "Just the record for the key, or Nothing.", null);
    r.alias("DB::get_v1", "DB::get_v2", "RenamedTo DB::get_v2");
    keyRead(r, "DB::getMany_v1", "keys: List<Str>", "List<'a>", Shape.PAIRS,
        "[key, record] pairs for the keys that exist.", "ReplacedBy DB::getMany_v2");
    keyRead(r, "DB::getMany_v2", "keys: List<Str>", "List<'a>", Shape.LIST,
        "The records for the keys that exist.", "ReplacedBy DB::getMany_v3");
    keyRead(r, "DB::getMany_v3", "keys: List<Str>", "Option<'a>", Shape.ALL_OR_NOTHING,
        "Just the records if every key exists, otherwise Nothing.", null);
    keyRead(r, "DB::getExisting_v0", "keys: List<Str>", "List<'a>", Shape.LIST,
        "The records for the keys that exist (missing keys are ignored).", null);
    keyRead(r, "DB::getManyWithKeys_v0", "keys: List<Str>", "List<'a>", Shape.PAIRS,
        "[key, record] pairs for the keys that exist.", "ReplacedBy DB::getManyWithKeys_v1");
    keyRead(r, "DB::getManyWithKeys_v1", "keys: List<Str>", "Dict<'a>", Shape.DICT,
        "A Dict from key to record for the keys that exist.", null);

    allRead(r, "DB::getAll_v1", "List<'a>", Shape.PAIRS, "All records as [key, record] pairs.", "ReplacedBy DB::getAll_v2");
    allRead(r, "DB::getAll_v2", "List<'a>", Shape.LIST, "All records.", "ReplacedBy DB::getAll_v3");
    allRead(r, "DB::getAll_v3", "List<'a>", Shape.LIST, "All records.", null);
    allRead(r, "DB::getAllWithKeys_v1", "List<'a>", Shape.PAIRS, "All records as [key, record] pairs.",
        "ReplacedBy DB::getAllWithKeys_v2");
    allRead(r, "DB::getAllWithKeys_v2", "Dict<'a>", Shape.DICT, "All records as a Dict from key to record.", null);
    allRead(r, "DB::keys_v1", "List<'a>", Shape.KEYS, "All keys of the datastore.", null);
    r.fn("DB::count_v0", TABLE + " -> Int", "The number of records.")
        .purity(Builtin.Purity.IMPURE)
        .stepping((ctx, a) -> perform(ctx, a, new DatastoreCommand.Count(store(ctx, a, 0), new Selection.All())));
  }

  private static void registerExactQueries(Registry.Builder r) {
    exactQuery(r, "DB::query_v1", "List<'a>", Shape.PAIRS,
        "Records whose fields equal all fields of the spec, as [key, record] pairs.", "ReplacedBy DB::query_v2");
    exactQuery(r, "DB::queryExactFields_v0", "List<'a>", Shape.LIST, "Records matching all fields of the spec.", null);
    r.alias("DB::query_v3", "DB::queryExactFields_v0", "RenamedTo DB::queryExactFields_v0");
    r.alias("DB::query_v2", "DB::queryExactFields_v0", "RenamedTo DB::query_v3");
    exactQuery(r, "DB::queryWithKey_v1", "List<'a>", Shape.PAIRS, "Records matching the spec, as [key, record] pairs.",
        "ReplacedBy DB::queryExactFieldsWithKey_v0");
    exactQuery(r, "DB::queryExactFieldsWithKey_v0", "Dict<'a>", Shape.DICT,
        "Records matching the spec, as a Dict from key to record.", null);
    r.alias("DB::queryWithKey_v2", "DB::queryExactFieldsWithKey_v0", "RenamedTo DB::queryExactFieldsWithKey_v0");
    exactQuery(r, "DB::queryOne_v1", "Option<'a>", Shape.ONE,
        "Just the single record matching the spec; Nothing if none or several.", "ReplacedBy DB::queryOne_v2");
    exactQuery(r, "DB::queryOneWithExactFields_v0", "Option<'a>", Shape.ONE,
        "Just the single record matching the spec; Nothing if none or several.", null);
    r.alias("DB::queryOne_v2", "DB::queryOneWithExactFields_v0", "RenamedTo DB::queryOneWithExactFields_v0");
    exactQuery(r, "DB::queryOneWithKey_v1", "Option<'a>", Shape.ONE_PAIR,
        "Just [key, record] when exactly one record matches the spec, else Nothing.", "ReplacedBy DB::queryOneWithKey_v2");
    exactQuery(r, "DB::queryOneWithExactFieldsWithKey_v0", "Option<'a>", Shape.ONE_DICT,
        "Just {key: record} when exactly one record matches the spec, else Nothing.", null);
    r.alias("DB::queryOneWithKey_v2", "DB::queryOneWithExactFieldsWithKey_v0",
        "RenamedTo DB::queryOneWithExactFieldsWithKey_v0");
  }

  private static void registerLambdaQueries(Registry.Builder r) {
    lambdaQuery(r, "DB::query_v4", "List<'a>", Shape.LIST, "Records for which the lambda holds (compiled to SQL).", null);
    lambdaQuery(r, "DB::queryWithKey_v3", "Dict<'a>", Shape.DICT,
        "Records for which the lambda holds, as a Dict from key to record.", null);
    // declared as a List in Dark, but it always answered an Option
    lambdaQuery(r, "DB::queryOne_v3", "List<'a>", Shape.ONE,
        "Just the single record for which the lambda holds, else Nothing.", "ReplacedBy DB::queryOne_v4");
    lambdaQuery(r, "DB::queryOne_v4", "Option<'a>", Shape.ONE,
        "Just the single record for which the lambda holds; Nothing if none or several.", null);
    lambdaQuery(r, "DB::queryOneWithKey_v3", "Option<'a>", Shape.ONE_DICT,
        "Just {key: record} if exactly one record satisfies the lambda, else Nothing.", null);
    r.fn("DB::queryCount_v0", TABLE + ", " + FILTER + " -> Int",
            "The number of records for which the lambda holds (compiled to SQL).")
        .purity(Builtin.Purity.IMPURE)
        .stepping((ctx, a) -> {
          Datastore db = store(ctx, a, 0);
          return QueryCompiler.filter(lambda(a, 1), db, ctx.state().builtins(),
              f -> perform(ctx, a, new DatastoreCommand.Count(db, new Selection.Where(f))));
        });
  }

  private static void registerSchema(Registry.Builder r) {
    r.fn("DB::schema_v1", TABLE + " -> Dict<'a>", "A Dict from column name to type name, e.g. {x: \"Str\"}.")
        .purity(Builtin.Purity.IMPURE)
        .stepping((ctx, a) -> {
          var fields = new TreeMap<String, Dval>();
          for (Datastore.Column c : store(ctx, a, 0).columns()) fields.put(c.name(), new DStr(c.type().displayName()));
          return Step.value(new DObj(fields));
        });
    r.fn("DB::schemaFields_v1", TABLE + " -> List<'a>", "The column names of the datastore.")
        .purity(Builtin.Purity.IMPURE)
        .stepping((ctx, a) -> {
          var names = new ArrayList<Dval>();
          for (String name : store(ctx, a, 0).columnNames()) names.add(new DStr(name));
          return Step.value(new DList(names));
        });
  }

  private static void registerRemoved(Registry.Builder r) {
    String gone = "Old DB functions have been removed";
    r.fn("DB::delete_v0", "value: Dict<'a>, " + TABLE + " -> Null", "Removed.").purity(Builtin.Purity.IMPURE).deprecated(gone).removed();
    r.fn("DB::deleteAll_v0", TABLE + " -> Null", "Removed.").purity(Builtin.Purity.IMPURE).deprecated(gone).removed();
    r.fn("DB::fetchAll_v0", TABLE + " -> List<'a>", "Removed.").purity(Builtin.Purity.IMPURE).deprecated(gone).removed();
    r.fn("DB::fetchBy_v0", "value: 'a, field: Str, " + TABLE + " -> List<'a>", "Removed.")
        .purity(Builtin.Purity.IMPURE).deprecated(gone).removed();
    r.fn("DB::fetchByMany_v0", "spec: Dict<'a>, " + TABLE + " -> List<'a>", "Removed.")
        .purity(Builtin.Purity.IMPURE).deprecated(gone).removed();
    r.fn("DB::fetchOneBy_v0", "value: 'a, field: Str, " + TABLE + " -> 'a", "Removed.")
        .purity(Builtin.Purity.IMPURE).deprecated(gone).removed();
    r.fn("DB::fetchOneByMany_v0", "spec: Dict<'a>, " + TABLE + " -> 'a", "Removed.")
        .purity(Builtin.Purity.IMPURE).deprecated(gone).removed();
    r.fn("DB::insert_v0", "val: Dict<'a>, " + TABLE + " -> Dict<'a>", "Removed.")
        .purity(Builtin.Purity.IMPURE).deprecated(gone).removed();
    r.fn("DB::keys_v0", TABLE + " -> List<'a>", "Removed.").purity(Builtin.Purity.IMPURE).deprecated(gone).removed();
    r.fn("DB::schema_v0", TABLE + " -> Dict<'a>", "Removed.").purity(Builtin.Purity.IMPURE).deprecated(gone).removed();
    r.fn("DB::update_v0", "value: Dict<'a>, " + TABLE + " -> Null", "Removed.")
        .purity(Builtin.Purity.IMPURE).deprecated(gone).removed();
  }

  // ---- families ----

  private static void keyRead(Registry.Builder r, String name, String keyParam, String returns, Shape shape,
      String description, String deprecation) {
    var d = r.fn(name, keyParam + ", " + TABLE + " -> " + returns, description).purity(Builtin.Purity.IMPURE);
    if (shape == Shape.OPTION || shape == Shape.ALL_OR_NOTHING) d.rail();
    if (deprecation != null) d.deprecated(deprecation);
    d.stepping((ctx, a) -> {
      List<String> keys = a.get(0) instanceof DStr s ? List.of(s.value()) : keys(a.meter(), a.list(0));
      return perform(ctx, a, new DatastoreCommand.Read(store(ctx, a, 1), new Selection.Keys(keys), shape));
    });
  }

  private static void allRead(Registry.Builder r, String name, String returns, Shape shape, String description,
      String deprecation) {
    var d = r.fn(name, TABLE + " -> " + returns, description).purity(Builtin.Purity.IMPURE);
    if (deprecation != null) d.deprecated(deprecation);
    d.stepping((ctx, a) -> perform(ctx, a, new DatastoreCommand.Read(store(ctx, a, 0), new Selection.All(), shape)));
  }

  private static void exactQuery(Registry.Builder r, String name, String returns, Shape shape, String description,
      String deprecation) {
    var d = r.fn(name, "spec: Dict<'a>, " + TABLE + " -> " + returns, description).purity(Builtin.Purity.IMPURE);
    if (shape == Shape.ONE || shape == Shape.ONE_PAIR || shape == Shape.ONE_DICT) d.rail();
    if (deprecation != null) d.deprecated(deprecation);
    d.stepping((ctx, a) -> {
      a.meter().copies(a.as(0, DObj.class)); // storage writes the spec out as its filter
      return perform(ctx, a, new DatastoreCommand.Read(store(ctx, a, 1), new Selection.Matching(a.as(0, DObj.class)), shape));
    });
  }

  private static void lambdaQuery(Registry.Builder r, String name, String returns, Shape shape, String description,
      String deprecation) {
    var d = r.fn(name, TABLE + ", " + FILTER + " -> " + returns, description).purity(Builtin.Purity.IMPURE);
    if (returns.startsWith("Option")) d.rail();
    if (deprecation != null) d.deprecated(deprecation);
    d.stepping((ctx, a) -> {
      Datastore db = store(ctx, a, 0);
      return QueryCompiler.filter(lambda(a, 1), db, ctx.state().builtins(),
          f -> perform(ctx, a, new DatastoreCommand.Read(db, new Selection.Where(f), shape)));
    });
  }

  // ---- helpers ----

  /** Asks for the command; a failure of the database itself is also reported as an exception. */
  private static Step perform(CallContext ctx, Args a, DatastoreCommand command) {
    return ctx.perform(a.values(), command, answer -> {
      if (answer instanceof DError e && e.message().equals(command.failureMessage())) {
        throw new BuiltinFailure.Reported(e.message());
      }
      return Step.value(answer);
    });
  }

  private static Datastore store(CallContext ctx, Args a, int i) {
    String name = a.as(i, DDB.class).name();
    Datastore db = ctx.state().datastores().get(name);
    if (db == null) throw Errors.fail("There is no datastore named " + name + " on this canvas");
    return db;
  }

  private static DObj checked(Datastore db, DObj row) {
    return Rows.checkWrite(db, row).getOrElseThrow(Errors::fail);
  }

  private static DLambda lambda(Args a, int i) {
    if (a.get(i) instanceof DLambda l) return l;
    throw Errors.fail("Expected a lambda such as (fun row -> row.field == value), but got " + Repr.toRepr(a.get(i)));
  }

  /** The keys, a list built of them and handed to storage. */
  private static List<String> keys(Meter meter, List<Dval> items) {
    meter.list(items.size());
    var keys = new ArrayList<String>(items.size());
    for (Dval item : items) {
      if (!(item instanceof DStr s)) throw Errors.fail("Expected every key to be a Str, but got " + Repr.toRepr(item));
      keys.add(s.value());
    }
    return keys;
  }
}
