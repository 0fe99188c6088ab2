package umbra.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import umbra.app.client.ApiClient;

/**
 * {@code umbra tail CANVAS}: one line per request, 404, worker change and edit as they happen,
 * from the canvas's event stream; reconnects (resuming where it was) when the connection drops.
 */
final class TailCommand implements Command {
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
  private static final long RECONNECT_AFTER_MILLIS = 1_000;

  private final Map<String, String> env;

  TailCommand(Map<String, String> env) { this.env = env; }

  @Override public String name() { return "tail"; }

  @Override public String arguments() { return "CANVAS [--count N]"; }

  @Override public String summary() { return "follow a canvas's requests, 404s and worker runs as they happen"; }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.contains("--help") || args.contains("-h")) {
      out.println("usage: umbra tail CANVAS [--count N]");
      out.println("  prints one line per request, 404, worker change and edit until interrupted (or N requests and 404s)");
      return OK;
    }
    Optional<Integer> count = args.size() == 3 && args.get(1).equals("--count") ? number(args.get(2)) : Optional.empty();
    if (args.size() != 1 && count.isEmpty()) {
      err.println("usage: umbra tail CANVAS [--count N]");
      return USAGE;
    }
    Optional<ApiClient> client = ApiCommands.client("tail", env, err);
    if (client.isEmpty()) return USAGE;
    String canvas = args.get(0);
    var left = new AtomicInteger(count.orElse(Integer.MAX_VALUE));
    String last = null;
    try {
      client.get().canvas(canvas); // a clear error for a canvas that cannot be read, before waiting
      err.println("following " + canvas + " (Ctrl-C to stop)");
      while (left.get() > 0) {
        last = client.get().follow(canvas, last, e -> {
          line(e).ifPresent(out::println);
          if (e.type().equals("trace") || e.type().equals("404")) left.decrementAndGet();
          return left.get() > 0;
        });
        if (left.get() > 0) {
          err.println("(connection lost; reconnecting)");
          Thread.sleep(RECONNECT_AFTER_MILLIS);
        }
      }
      return OK;
    } catch (ApiClient.Failure e) {
      err.println("umbra tail: " + e.getMessage());
      return FAILED;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OK;
    }
  }

  /** {@code 15:31:02  GET /hello  200  1.2ms  trace 6f1c...}. */
  static Optional<String> line(ApiClient.Event e) {
    JsonNode d = e.data();
    String time = LocalTime.now().format(CLOCK);
    return switch (e.type()) {
      case "trace" -> Optional.of(time + "  " + what(d) + "  "
          + (d.path("status").asInt() == 0 ? "ran" : d.path("status").asText()) + "  "
          + TraceViews.duration(d.path("durationMicros").asLong()) + "  trace " + d.path("traceId").asText()
          + (d.path("error").isTextual() ? "  error: " + TraceViews.oneLine(d.path("error").asText(), 200) : ""));
      case "404" -> Optional.of(time + "  " + what(d)
          + "  404 (no handler)  trace " + d.path("traceId").asText());
      case "worker" -> Optional.of(time + "  worker " + d.path("worker").asText() + " " + d.path("change").asText());
      case "ops" -> Optional.of(time + "  edit: " + d.path("tlids").size() + " toplevel(s) changed");
      default -> Optional.empty();
    };
  }

  /** {@code GET /hello} for requests, {@code worker sendMail} or {@code cron nightly} for the rest. */
  private static String what(JsonNode d) {
    String module = d.path("module").asText();
    return module.startsWith("HTTP") ? d.path("method").asText() + " " + d.path("path").asText()
        : module.toLowerCase() + " " + d.path("path").asText();
  }

  private static Optional<Integer> number(String s) {
    try {
      int n = Integer.parseInt(s);
      return n > 0 ? Optional.of(n) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
