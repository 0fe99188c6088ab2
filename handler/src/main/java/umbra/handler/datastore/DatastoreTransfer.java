package umbra.handler.datastore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.vavr.control.Either;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import umbra.domain.datastore.Answers.StoredRow;
import umbra.domain.datastore.Datastore;
import umbra.domain.datastore.DatastoreCommand.Selection;
import umbra.domain.datastore.Rows;
import umbra.domain.value.Dval.DObj;
import umbra.handler.storage.CanvasInfo;
import umbra.handler.storage.CanvasLoader;
import umbra.handler.storage.CanvasStore;
import umbra.handler.storage.codec.StorageCodec;

/**
 * Backups of a datastore as JSON lines, one row a line: {@code {"key": "...", "value": {...}}},
 * values in the stored encoding (dates, passwords and uuids wrapped), so an export imports back
 * exactly. An import is checked whole against the schema first and written in one transaction:
 * all rows or none.
 */
public final class DatastoreTransfer {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final Jdbi jdbi;
  private final UserData data;
  private final CanvasLoader loader;

  public DatastoreTransfer(Jdbi jdbi, StorageCodec codec) {
    this.jdbi = jdbi;
    this.data = new UserData(jdbi);
    this.loader = new CanvasLoader(jdbi, codec);
  }

  /** A canvas and one of its live datastores, found by name. */
  public record Target(UUID canvas, Datastore db) {}

  /** The datastore, or why there is none. */
  public Either<String, Target> find(String canvasName, String dbName) {
    Optional<CanvasInfo> canvas = jdbi.withHandle(h -> new CanvasStore(h).byName(canvasName));
    if (canvas.isEmpty()) return Either.left("no canvas named " + canvasName);
    List<Datastore> dbs = loader.loadAll(canvas.get().id()).dbs().live().values().stream().map(Datastore::of).toList();
    return dbs.stream().filter(d -> d.name().equals(dbName)).findFirst()
        .<Either<String, Target>>map(d -> Either.right(new Target(canvas.get().id(), d)))
        .orElseGet(() -> Either.left("canvas " + canvasName + " has no datastore named " + dbName
            + (dbs.isEmpty() ? "" : " (it has: " + String.join(", ", dbs.stream().map(Datastore::name).sorted().toList()) + ")")));
  }

  /** Writes every row, oldest first; returns how many. */
  public long export(Target t, Writer out) throws IOException {
    long n = 0;
    for (StoredRow row : data.read(t.canvas(), t.db(), new Selection.All(), 0)) {
      var line = JSON.createObjectNode();
      line.put("key", row.key());
      line.set("value", JSON.readTree(QueryableJson.write(row.data())));
      out.write(JSON.writeValueAsString(line));
      out.write('\n');
      n++;
    }
    out.flush();
    return n;
  }

  /** The outcome of an import: rows written, or the first problem (with its line) and nothing written. */
  public sealed interface Imported {
    record Written(int rows) implements Imported {}

    record Refused(String reason) implements Imported {}
  }

  public Imported importRows(Target t, BufferedReader in) throws IOException {
    var rows = new ArrayList<StoredRow>();
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      if (line.isBlank()) continue;
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (JsonProcessingException e) {
        return new Imported.Refused("line " + number + ": not JSON: " + e.getOriginalMessage());
      }
      if (!node.path("key").isTextual() || !node.path("value").isObject() || node.size() != 2) {
        return new Imported.Refused("line " + number + ": expected {\"key\": \"...\", \"value\": {...}}");
      }
      DObj value = QueryableJson.read(JSON.writeValueAsString(node.get("value")), t.db());
      var checked = Rows.checkWrite(t.db(), value);
      if (checked.isLeft()) return new Imported.Refused("line " + number + " (key " + node.get("key").textValue() + "): " + checked.getLeft());
      rows.add(new StoredRow(node.get("key").textValue(), checked.get()));
    }
    data.upsertAll(t.canvas(), t.db(), rows);
    return new Imported.Written(rows.size());
  }
}
