package umbra.app.bwd;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import umbra.domain.account.CanvasName;
import umbra.domain.canvas.Checked;
import umbra.domain.canvas.HandlerSpec;
import umbra.domain.canvas.Op;
import umbra.domain.canvas.Position;
import umbra.domain.canvas.Toplevel;
import umbra.domain.http.Cors;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.Parsed;
import umbra.domain.syntax.Parser;
import umbra.handler.storage.AccountHandler;
import umbra.handler.storage.CanvasHandler;
import umbra.handler.storage.CanvasInfo;
import umbra.handler.storage.CanvasStore;
import umbra.handler.storage.Database;
import umbra.handler.storage.OpsHandler;
import umbra.handler.storage.codec.StorageCodec;
import umbra.service.canvas.CanvasService;

/** Sets up a test file's canvas the way Dark's runner did (test-format.md 2.3 step 1), through Umbra's own stores. */
final class ConformanceCanvas {
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

  private final Database db;
  private final SecureRandom random = new SecureRandom();
  private final CanvasHandler canvases;
  private final OpsHandler ops;
  private long nextTlid = 1000;

  ConformanceCanvas(Database db) {
    this.db = db;
    var codec = new StorageCodec();
    this.canvases = new CanvasHandler(db.jdbi(), codec);
    this.ops = new OpsHandler(db.jdbi(), new CanvasService(), codec);
  }

  /**
   * Dark's runner names a test canvas {@code test-<the file's path, slugged, at most 50 chars>-<5 random letters>}
   * (a name's length shows in responses that echo the URL).
   */
  String nameFor(String folder, String fileName) {
    String slug = ("bwdserver-testfiles/httphandler/" + folder + "/" + fileName.replaceFirst("\\.test$", ""))
        .toLowerCase(Locale.ROOT).replaceAll("[^-a-z0-9]+", "-").replaceAll("[-_]+", "-");
    if (slug.length() > 50) slug = slug.substring(0, 50);
    var suffix = new StringBuilder();
    for (int i = 0; i < 5; i++) suffix.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
    return ("test-" + slug + "-" + suffix).replaceAll("[-_]+", "-");
  }

  /** Creates the canvas with the file's handlers and settings; a handler that does not parse is the test's failure. */
  CanvasInfo create(String name, HttpTestFile test) {
    ensureOwner(CanvasName.owner(name));
    CanvasInfo canvas = ((Checked.Ok<CanvasInfo>) canvases.open(name)).value();
    var setHandlers = new ArrayList<Op>();
    for (HttpTestFile.Handler h : test.handlers()) {
      long tlid = nextTlid++;
      Expr ast = switch (Parser.parseExpr(h.code(), tlid * 1000)) {
        case Parsed.Ok<Expr> ok -> ok.value();
        case Parsed.Failed<Expr> failed -> throw new IllegalArgumentException("handler does not parse: " + failed.error());
      };
      var ids = new HandlerSpec.Ids(tlid * 10 + 1, tlid * 10 + 2, tlid * 10 + 3);
      HandlerSpec spec = h.bytes() ? new HandlerSpec.HttpBasic(h.route(), h.method(), ids)
          : new HandlerSpec.Http(h.route(), h.method(), ids);
      var pos = new Position(0, 0);
      setHandlers.add(new Op.SetHandler(tlid, pos, new Toplevel.Handler(tlid, pos, ast, spec)));
    }
    if (!setHandlers.isEmpty()) ops.addOps(canvas.id(), setHandlers, 1, OpsHandler.newClientId());
    test.cors().ifPresent(c -> canvases.setCors(canvas.id(), Cors.parse(c)));
    for (String[] secret : test.secrets()) canvases.insertSecret(canvas.id(), secret[0], secret.length > 1 ? secret[1] : "");
    test.customDomain().ifPresent(d -> db.jdbi().useTransaction(h -> new CanvasStore(h).addCustomDomain(d, name)));
    return canvas;
  }

  private void ensureOwner(String owner) {
    new AccountHandler(db.jdbi(), random).createAccount(owner);
  }
}
