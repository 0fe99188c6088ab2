package umbra.app;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import umbra.app.client.ApiClient;
import umbra.domain.canvas.Canvas;
import umbra.domain.canvas.Toplevel;
import umbra.dto.api.AddOpsRequest;
import umbra.dto.api.OpDto;
import umbra.dto.api.ToplevelsDto;
import umbra.handler.api.ToplevelWire;

/**
 * {@code umbra undo|redo CANVAS TOPLEVEL}: the editor's undo and redo of one toplevel, as the ops
 * {@code UndoTL} and {@code RedoTL} (backend.md 4.3: an undo goes back to the toplevel's last
 * savepoint; a push puts one before each section it changes or deletes).
 */
final class UndoCommand implements Command {
  private final Map<String, String> env;
  private final boolean redo;

  /** @param redo false: {@code undo}; true: {@code redo} */
  UndoCommand(Map<String, String> env, boolean redo) {
    this.env = env;
    this.redo = redo;
  }

  @Override public String name() { return redo ? "redo" : "undo"; }

  @Override public String arguments() { return "CANVAS TOPLEVEL"; }

  @Override public String summary() {
    return redo ? "redo a toplevel's last undone change (UMBRA_API)" : "undo a toplevel's last change, like the editor's undo (UMBRA_API)";
  }

  private String usage() {
    return """
        usage: umbra %1$s CANVAS TOPLEVEL
        %2$s
        TOPLEVEL is a tlid, or 'GET /path' (one word or two; the route alone if one method has it),
        or the name of a worker, cron, REPL, function, datastore or type ('worker NAME', 'fn NAME',
        'db NAME', 'type NAME' when names clash). Live toplevels are looked at first, then deleted ones.
        Talks to UMBRA_API (default http://localhost:9000) with UMBRA_TOKEN.""".formatted(name(), redo
        ? "Redoes what 'umbra undo' (or the editor) last undid of the toplevel."
        : "Takes the toplevel back to its last savepoint: a push makes one before each section it changes\n"
            + "or deletes, so an undo reverts a push's change or brings a deleted toplevel back. A toplevel\n"
            + "without a savepoint (as a push created it) has nothing to undo.");
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.contains("--help") || args.contains("-h")) {
      out.println(usage());
      return OK;
    }
    if (args.size() < 2) {
      err.println(usage());
      return USAGE;
    }
    Optional<ApiClient> client = ApiCommands.client(name(), env, err);
    if (client.isEmpty()) return USAGE;
    String canvasName = args.get(0);
    String words = String.join(" ", args.subList(1, args.size()));
    try {
      Optional<Long> given = ToplevelNames.tlid(words);
      Optional<Toplevel> before = given.isPresent() ? Optional.empty() : Optional.of(named(client.get(), canvasName, words));
      long tlid = given.isPresent() ? given.get() : before.get().tlid();
      OpDto op = redo ? new OpDto.RedoTL(tlid) : new OpDto.UndoTL(tlid);
      ToplevelsDto now = client.get().addOps(canvasName, new AddOpsRequest(List.of(op), Optional.empty(), Optional.empty()));
      return report(canvasName, tlid, before, now, out, err);
    } catch (ToplevelNames.Unresolved e) {
      err.println("umbra " + name() + ": " + e.getMessage());
      return FAILED;
    } catch (ApiClient.Failure e) {
      boolean nothingToRedo = redo && e.getMessage().startsWith("Already at latest redo");
      err.println("umbra " + name() + ": " + (nothingToRedo ? "nothing to redo on " + words + " of canvas " + canvasName
          + ": its last op is not an undo (" + e.getMessage() + ")" : e.getMessage()));
      return FAILED;
    }
  }

  /** What the toplevel is now, or that the op changed nothing. */
  private int report(String canvasName, long tlid, Optional<Toplevel> before, ToplevelsDto now, PrintStream out, PrintStream err) {
    Optional<Canvas.Found> after = ToplevelWire.canvas(now.toplevels(), now.deletedToplevels()).find(tlid);
    if (after.isEmpty()) {
      // backend.md 4.4 step 4: an op that would leave no toplevel at all is not kept, so nothing changed
      err.println("umbra " + name() + ": " + before.map(ToplevelNames::withTlid).orElse("toplevel " + Long.toUnsignedString(tlid))
          + " of canvas " + canvasName + " has nothing to " + name() + (redo ? "" : " (no savepoint: it is as it was created)"));
      return FAILED;
    }
    out.println((redo ? "redid the last undone change of " : "undid the last change of ")
        + ToplevelNames.withTlid(after.get().toplevel()) + " of canvas " + canvasName
        + (after.get().deleted() ? "; it is deleted now" : ""));
    return OK;
  }

  /** The toplevel the words name: a live one, else a deleted one. */
  private static Toplevel named(ApiClient client, String canvasName, String words)
      throws ApiClient.Failure, ToplevelNames.Unresolved {
    Canvas canvas = TraceViews.canvas(client, canvasName);
    boolean anyLive = !ToplevelNames.matching(canvas.live(), words).isEmpty();
    return ToplevelNames.find(anyLive ? canvas.live() : canvas.deleted(), words, anyLive ? "live toplevel" : "toplevel", canvasName);
  }
}
