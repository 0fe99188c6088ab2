package umbra.domain.program;

import java.util.HashMap;
import java.util.Map;
import umbra.domain.datastore.Datastore;
import umbra.domain.value.Dval;
import umbra.domain.value.Symtable;

/**
 * The variables every piece of a canvas's code sees (backend.md 1.5): its datastores by name
 * and its secrets, a secret winning over a datastore of the same name.
 */
public final class Globals {
  private Globals() {}

  public static Symtable of(Iterable<Datastore> datastores, Map<String, String> secrets) {
    var globals = new HashMap<String, Dval>();
    for (Datastore db : datastores) {
      if (!db.name().isEmpty()) globals.put(db.name(), new Dval.DDB(db.name()));
    }
    secrets.forEach((name, value) -> globals.put(name, new Dval.DStr(value)));
    return Symtable.of(globals);
  }

  /** The datastores by name, as {@code DB::} functions find them. */
  public static Map<String, Datastore> byName(Iterable<Datastore> datastores) {
    var dbs = new HashMap<String, Datastore>();
    for (Datastore db : datastores) {
      if (!db.name().isEmpty()) dbs.put(db.name(), db);
    }
    return dbs;
  }
}
