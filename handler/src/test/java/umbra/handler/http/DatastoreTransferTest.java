package umbra.handler.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import umbra.handler.datastore.DatastoreTransfer;
import umbra.handler.storage.Database;
import umbra.handler.storage.TestDatabase;
import umbra.handler.storage.codec.StorageCodec;

/** {@code umbra db export|import}: a backup reads back exactly; a bad file writes nothing. */
@ExtendWith(TestDatabase.class)
class DatastoreTransferTest {

  @Test
  void anExportImportsBackIntoAnotherCanvasAndABadFileWritesNothing(Database db) throws Exception {
    var from = new CanvasFixture(db).db(500, "Events", "name:Str", "at:Date", "tags:[Str]")
        .http(10, "GET", "/add/:k", "DB.set_v1 {name = k; at = Date.parse_v2_ster \"2020-02-03T04:05:06Z\"; tags = [k]} k Events");
    var to = new CanvasFixture(db).db(500, "Events", "name:Str", "at:Date", "tags:[Str]")
        .http(20, "GET", "/all", "DB.getAll_v3 Events");
    try (var serving = TraceRecordingTest.serving(db)) {
      serving.handler().handle(Requests.get(from.name(), "/add/a"));
      serving.handler().handle(Requests.get(from.name(), "/add/b"));
    }
    var transfer = new DatastoreTransfer(db.jdbi(), new StorageCodec());
    var out = new StringWriter();
    assertThat(transfer.export(transfer.find(from.name(), "Events").get(), out)).isEqualTo(2);
    assertThat(out.toString().lines().toList()).first().asString()
        .isEqualTo("{\"key\":\"a\",\"value\":{\"at\":{\"type\":\"date\",\"value\":\"2020-02-03T04:05:06Z\"},\"name\":\"a\",\"tags\":[\"a\"]}}");

    var target = transfer.find(to.name(), "Events").get();
    String bad = out + "{\"key\":\"c\",\"value\":{\"name\":3,\"at\":null,\"tags\":[]}}\n";
    assertThat(transfer.importRows(target, new BufferedReader(new StringReader(bad))))
        .isEqualTo(new DatastoreTransfer.Imported.Refused(
            "line 3 (key c): Expected a value of type Str but got a Int (`3`) in column name"));
    try (var serving = TraceRecordingTest.serving(db)) {
      assertThat(Requests.body(serving.handler().handle(Requests.get(to.name(), "/all")))).isEqualTo("[]");
    }
    assertThat(transfer.importRows(target, new BufferedReader(new StringReader(out.toString()))))
        .isEqualTo(new DatastoreTransfer.Imported.Written(2));
    var again = new StringWriter();
    transfer.export(target, again);
    assertThat(again.toString()).isEqualTo(out.toString());
    assertThat(transfer.find(to.name(), "Nope").getLeft()).isEqualTo("canvas " + to.name() + " has no datastore named Nope (it has: Events)");
  }
}
