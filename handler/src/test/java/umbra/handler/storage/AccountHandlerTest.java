package umbra.handler.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import umbra.domain.account.Permission;
import umbra.domain.canvas.Checked;
import umbra.handler.storage.codec.StorageCodec;

@ExtendWith(TestDatabase.class)
class AccountHandlerTest {
  private final Database db;
  private final AccountHandler accounts;

  AccountHandlerTest(Database db) {
    this.db = db;
    this.accounts = new AccountHandler(db.jdbi(), new SecureRandom());
  }

  private AccountHandler.Creation.Created create(String name) {
    return (AccountHandler.Creation.Created) accounts.createAccount(name);
  }

  @Test
  void aNewAccountGetsATokenThatAuthenticatesIt() {
    var created = create("alice");
    assertThat(created.token()).startsWith("umb_").hasSize(4 + 43);
    assertThat(accounts.authenticate(created.token())).contains(created.account());
    assertThat(accounts.authenticate(created.token() + "x")).isEmpty();
    assertThat(accounts.authenticate("")).isEmpty();
    assertThat(created.toString()).doesNotContain(created.token());
  }

  @Test
  void onlyTheDigestOfATokenIsStored() {
    var created = create("carol");
    String dump = db.jdbi().withHandle(h -> h.createQuery("SELECT encode(token_sha256, 'hex') FROM api_tokens")
        .mapTo(String.class).list()).toString();
    assertThat(dump).contains(HexFormat.of().formatHex(ApiTokens.sha256(created.token())))
        .doesNotContain(HexFormat.of().formatHex(created.token().getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void moreTokensCanBeIssued() {
    create("dave");
    String second = accounts.newToken("dave").orElseThrow();
    assertThat(accounts.authenticate(second).orElseThrow().username()).isEqualTo("dave");
    assertThat(accounts.newToken("nobody_here")).isEmpty();
  }

  @Test
  void namesMustBeValidFreeAndNotReserved() {
    create("erin");
    assertThat(accounts.createAccount("erin")).isEqualTo(new AccountHandler.Creation.Rejected("Username is already taken"));
    assertThat(accounts.createAccount("admin")).isEqualTo(new AccountHandler.Creation.Rejected("Username is not allowed"));
    assertThat(accounts.createAccount("Bad Name")).isInstanceOf(AccountHandler.Creation.Rejected.class);
  }

  @Test
  void ownersGrantsAndStrangers() {
    var owner = create("frank").account();
    var friend = create("grace").account();
    var stranger = create("heidi").account();
    assertThat(accounts.permission(owner, "frank")).contains(Permission.READ_WRITE);
    assertThat(accounts.permission(owner, "frank-blog")).contains(Permission.READ_WRITE);
    assertThat(accounts.permission(owner, "frankx")).isEmpty();
    assertThat(accounts.permission(owner, "Frank!")).isEmpty();
    assertThat(accounts.permission(friend, "frank-blog")).isEmpty();

    assertThat(accounts.grant("frank", "grace", Permission.READ)).isEmpty();
    assertThat(accounts.permission(friend, "frank-blog")).contains(Permission.READ);
    accounts.grant("frank", "grace", Permission.READ_WRITE);
    assertThat(accounts.permission(friend, "frank-blog")).contains(Permission.READ_WRITE);
    assertThat(accounts.permission(stranger, "frank-blog")).isEmpty();
    assertThat(accounts.revoke("frank", "grace")).isEmpty();
    assertThat(accounts.permission(friend, "frank-blog")).isEmpty();
    assertThat(accounts.grant("frank", "nobody_here", Permission.READ)).containsExactly("nobody_here");
    assertThat(accounts.grant("no_owner", "grace", Permission.READ)).containsExactly("no_owner");
    assertThat(accounts.revoke("no_owner", "nobody_here")).containsExactly("no_owner", "nobody_here");
    assertThat(accounts.permission(friend, "frank-blog")).isEmpty();
  }

  @Test
  void adminsMayWriteEverywhere() {
    var admin = create("ivan").account();
    db.jdbi().useHandle(h -> new AccountStore(h).setAdmin(admin.id(), true));
    var reloaded = db.jdbi().withHandle(h -> new AccountStore(h).byId(admin.id())).orElseThrow();
    assertThat(accounts.permission(reloaded, "someone-else")).contains(Permission.READ_WRITE);
  }

  @Test
  void canvasesAreOpenedForTheirOwner() {
    var owner = create("judy").account();
    var canvases = new CanvasHandler(db.jdbi(), new StorageCodec());
    var first = ((Checked.Ok<CanvasInfo>) canvases.open("judy-blog")).value();
    assertThat(first.ownerId()).isEqualTo(owner.id());
    assertThat(canvases.open("judy-blog")).isEqualTo(Checked.ok(first));
    canvases.open("judy");
    assertThat(canvases.ownedBy(owner)).containsExactly("judy", "judy-blog");
    assertThat(canvases.open("nobody_here-x")).isEqualTo(Checked.rejected("No account named 'nobody_here' to own canvas 'nobody_here-x'"));
    assertThat(canvases.open("2xx6")).isInstanceOf(Checked.Rejected.class);
  }
}
