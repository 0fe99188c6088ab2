package umbra.handler.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import umbra.domain.canvas.Checked;
import umbra.handler.storage.codec.StorageCodec;

@ExtendWith(TestDatabase.class)
class CanvasHandlerTest {
  private final Database db;
  private final CanvasHandler canvases;

  CanvasHandlerTest(Database db) {
    this.db = db;
    this.canvases = new CanvasHandler(db.jdbi(), new StorageCodec());
  }

  @Test
  void secretsAreUniqueByNameAndListedNewestFirst() {
    CanvasInfo canvas = Fixtures.canvas(db);
    canvases.insertSecret(canvas.id(), "A_KEY", "one");
    var afterSecond = canvases.insertSecret(canvas.id(), "B_KEY", "two");
    assertThat(afterSecond).isEqualTo(Checked.ok(List.of(new Secret("B_KEY", "two"), new Secret("A_KEY", "one"))));
    assertThat(canvases.insertSecret(canvas.id(), "A_KEY", "other"))
        .isEqualTo(Checked.rejected("The secret's name is already defined for this canvas"));
    assertThat(canvases.deleteSecret(canvas.id(), "A_KEY")).containsExactly(new Secret("B_KEY", "two"));
    assertThat(new Secret("X", "hunter2").toString()).doesNotContain("hunter2");
  }

  @Test
  void secretsBelongToOneCanvas() {
    CanvasInfo one = Fixtures.canvas(db);
    CanvasInfo other = Fixtures.canvas(db);
    canvases.insertSecret(one.id(), "K", "v");
    assertThat(canvases.secrets(other.id())).isEmpty();
    assertThat(canvases.insertSecret(other.id(), "K", "w")).isInstanceOf(Checked.Ok.class);
  }

  @Test
  void customDomainsNameTheirCanvas() {
    CanvasInfo canvas = Fixtures.canvas(db);
    db.jdbi().useHandle(h -> new CanvasStore(h).addCustomDomain("api.example.com", canvas.name()));
    Optional<CanvasInfo> found = db.jdbi().withHandle(h -> new CanvasStore(h).byCustomDomain("api.example.com"));
    Optional<CanvasInfo> parentDomain = db.jdbi().withHandle(h -> new CanvasStore(h).byCustomDomain("example.com"));
    assertThat(found).contains(canvas);
    assertThat(parentDomain).isEmpty();
    assertThat(canvases.find(canvas.name())).contains(canvas);
  }
}
