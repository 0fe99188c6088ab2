package umbra.handler.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import umbra.domain.account.Permission;
import umbra.domain.canvas.Canvas;
import umbra.domain.canvas.Toplevel;
import umbra.domain.datastore.Datastore;
import umbra.domain.datastore.Rows;
import umbra.domain.value.Dval;
import umbra.dto.api.DatastoreDtos;
import umbra.handler.datastore.UserData;
import umbra.handler.storage.Account;
import umbra.handler.storage.CanvasLoader;

/** What the editor shows of a canvas's datastores: schemas, counts, example rows, locks. */
public final class DatastoreApi {
  private final ApiAccess access;
  private final CanvasLoader loader;
  private final UserData data;

  public DatastoreApi(ApiAccess access, CanvasLoader loader, UserData data) {
    this.access = access;
    this.loader = loader;
    this.data = data;
  }

  public ApiResult<DatastoreDtos.DatastoreList> stats(Account account, String canvasName) {
    return access.canvas(account, canvasName, Permission.READ).map(g -> {
      var out = new ArrayList<DatastoreDtos.DatastoreStats>();
      for (Datastore db : live(loader.loadAll(g.canvas().id()))) {
        long count = data.count(g.canvas().id(), db, new umbra.domain.datastore.DatastoreCommand.Selection.All());
        var example = data.newest(g.canvas().id(), db).map(row -> {
          // shown as code would read it, or as stored when it no longer fits the schema
          Dval value = Rows.checkRead(db, row.data()).<Dval>map(o -> o).getOrElse(row.data());
          return new DatastoreDtos.Example(row.key(), TraceApi.value(value));
        }).orElse(null);
        out.add(new DatastoreDtos.DatastoreStats(db.tlid(), db.name(), columns(db), count, count > 0, example));
      }
      return new DatastoreDtos.DatastoreList(out);
    });
  }

  public ApiResult<DatastoreDtos.UnlockedList> unlocked(Account account, String canvasName) {
    return access.canvas(account, canvasName, Permission.READ).map(g -> {
      Set<Long> withRows = new HashSet<>(data.tablesWithRows(g.canvas().id()));
      return new DatastoreDtos.UnlockedList(live(loader.loadAll(g.canvas().id())).stream()
          .map(Datastore::tlid).filter(t -> !withRows.contains(t)).toList());
    });
  }

  private static List<Datastore> live(Canvas canvas) {
    return canvas.dbs().live().values().stream().map(Datastore::of)
        .sorted(Comparator.comparing(Datastore::name).thenComparingLong(Datastore::tlid)).toList();
  }

  private static List<DatastoreDtos.Column> columns(Datastore db) {
    return db.columns().stream().map(c -> new DatastoreDtos.Column(c.name(), c.type().displayName())).toList();
  }
}
