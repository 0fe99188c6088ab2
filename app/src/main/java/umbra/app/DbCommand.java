package umbra.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import umbra.handler.datastore.DatastoreTransfer;
import umbra.handler.storage.Database;
import umbra.handler.storage.DatabaseConfig;
import umbra.handler.storage.DatabaseUnavailableException;
import umbra.handler.storage.codec.StorageCodec;

/**
 * {@code umbra db export|import}: a datastore's rows as JSON lines, out and back in, next to the
 * database (it reads {@code DATABASE_URL}, like {@code account}).
 */
final class DbCommand implements Command {
  private static final String USAGE_TEXT = """
      usage: umbra db export CANVAS DB          print every row as a JSON line {"key": ..., "value": {...}}
             umbra db import CANVAS DB FILE     upsert the rows of such a file (checked first: all rows or none)""";

  private final Map<String, String> env;

  DbCommand(Map<String, String> env) { this.env = env; }

  @Override public String name() { return "db"; }

  @Override public String arguments() { return "export CANVAS DB | import CANVAS DB FILE"; }

  @Override public String summary() { return "back up a datastore as JSON lines, or load such a file (on DATABASE_URL)"; }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.contains("--help") || args.contains("-h")) {
      out.println(USAGE_TEXT);
      return OK;
    }
    String verb = args.isEmpty() ? "" : args.get(0);
    boolean export = verb.equals("export") && args.size() == 3;
    boolean load = verb.equals("import") && args.size() == 4;
    if (!export && !load) {
      err.println(USAGE_TEXT);
      return USAGE;
    }
    try (Database db = Database.open(DatabaseConfig.fromEnvironment(env))) {
      var transfer = new DatastoreTransfer(db.jdbi(), new StorageCodec());
      var target = transfer.find(args.get(1), args.get(2));
      if (target.isLeft()) {
        err.println("umbra db " + verb + ": " + target.getLeft());
        return FAILED;
      }
      if (export) {
        var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        long n = transfer.export(target.get(), writer);
        err.println("exported " + n + " rows of " + args.get(2));
        return OK;
      }
      try (BufferedReader in = Files.newBufferedReader(Path.of(args.get(3)), StandardCharsets.UTF_8)) {
        return switch (transfer.importRows(target.get(), in)) {
          case DatastoreTransfer.Imported.Written w -> {
            out.println("imported " + w.rows() + " rows into " + args.get(2));
            yield OK;
          }
          case DatastoreTransfer.Imported.Refused r -> {
            err.println("umbra db import: " + args.get(3) + ": " + r.reason() + "; nothing was written");
            yield FAILED;
          }
        };
      }
    } catch (DatabaseUnavailableException e) {
      err.println("umbra db " + verb + ": " + e.getMessage());
      return FAILED;
    } catch (IOException | RuntimeException e) {
      err.println("umbra db " + verb + ": " + e.getMessage());
      return FAILED;
    }
  }
}
