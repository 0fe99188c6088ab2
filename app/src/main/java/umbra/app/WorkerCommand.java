package umbra.app;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import umbra.domain.canvas.HandlerSpec;
import umbra.domain.canvas.Toplevel;
import umbra.handler.queue.EventQueue;
import umbra.handler.storage.CanvasInfo;
import umbra.handler.storage.CanvasLoader;
import umbra.handler.storage.CanvasStore;
import umbra.handler.storage.Database;
import umbra.handler.storage.DatabaseConfig;
import umbra.handler.storage.DatabaseUnavailableException;
import umbra.handler.storage.codec.StorageCodec;

/**
 * {@code umbra worker pause|run|stats|dead|requeue CANVAS NAME}: a worker's (or cron's) queue,
 * next to the database (it reads {@code DATABASE_URL}, like {@code account} and {@code db}).
 */
final class WorkerCommand implements Command {
  private static final String USAGE_TEXT = """
      usage: umbra worker stats CANVAS NAME      state (run, pause, block), queued events, dead letters
             umbra worker pause CANVAS NAME      stop running its events; they stay queued
             umbra worker run CANVAS NAME        run its events again
             umbra worker dead CANVAS NAME       list its dead letters with their last errors
             umbra worker requeue CANVAS NAME    put its dead letters back on the queue
      NAME is a worker's name, or a cron's.""";

  private final Map<String, String> env;

  WorkerCommand(Map<String, String> env) { this.env = env; }

  @Override public String name() { return "worker"; }

  @Override public String arguments() { return "stats|pause|run|dead|requeue CANVAS NAME"; }

  @Override public String summary() { return "see, pause and run a worker or cron, read and requeue its dead letters (on DATABASE_URL)"; }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.contains("--help") || args.contains("-h")) {
      out.println(USAGE_TEXT);
      return OK;
    }
    if (args.size() != 3 || !List.of("stats", "pause", "run", "dead", "requeue").contains(args.get(0))) {
      err.println(USAGE_TEXT);
      return USAGE;
    }
    String verb = args.get(0);
    try (Database db = Database.open(DatabaseConfig.fromEnvironment(env))) {
      Optional<CanvasInfo> canvas = db.jdbi().withHandle(h -> new CanvasStore(h).byName(args.get(1)));
      if (canvas.isEmpty()) {
        err.println("umbra worker " + verb + ": no canvas named " + args.get(1));
        return FAILED;
      }
      Optional<HandlerSpec> spec = new CanvasLoader(db.jdbi(), new StorageCodec()).loadAll(canvas.get().id()).handlers()
          .live().values().stream().map(Toplevel.Handler::spec)
          .filter(s -> s instanceof HandlerSpec.Worker || s instanceof HandlerSpec.OldWorker || s instanceof HandlerSpec.Cron)
          .filter(s -> s.name().equals(args.get(2))).findFirst();
      if (spec.isEmpty()) {
        err.println("umbra worker " + verb + ": canvas " + args.get(1) + " has no worker or cron named " + args.get(2));
        return FAILED;
      }
      var queue = new EventQueue(db.jdbi());
      var id = canvas.get().id();
      String module = spec.get().module();
      String name = spec.get().name();
      switch (verb) {
        case "pause", "run" -> queue.setPaused(id, module, name, verb.equals("pause"));
        case "requeue" -> out.println("requeued " + queue.requeueDead(id, module, name) + " dead letters of " + name);
        case "dead" -> {
          for (var e : queue.list(id, module, name, true, 1000)) {
            out.println(e.id() + "\t" + e.deadAt().orElseThrow() + "\t" + e.attempts() + " attempts\t" + e.value()
                + "\t" + e.lastError().orElse("").replace('\n', ' '));
          }
        }
        default -> { }
      }
      if (!verb.equals("dead") && !verb.equals("requeue")) {
        out.println(module.toLowerCase() + " " + name + ": " + queue.state(id, module, name) + ", "
            + queue.count(id, module, name) + " queued, " + queue.countDead(id, module, name) + " dead");
      }
      return OK;
    } catch (DatabaseUnavailableException | IllegalArgumentException e) {
      err.println("umbra worker " + verb + ": " + e.getMessage());
      return FAILED;
    }
  }
}
