package umbra.bench;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import umbra.domain.canvas.Canvas;
import umbra.domain.canvas.HandlerSpec;
import umbra.domain.canvas.Position;
import umbra.domain.canvas.Toplevel;
import umbra.domain.canvas.text.CanvasText;
import umbra.domain.stdlib.json.JsonReader;
import umbra.domain.stdlib.json.JsonToDval;
import umbra.domain.syntax.Parsed;
import umbra.domain.syntax.Parser;
import umbra.dto.api.AddOpsRequest;
import umbra.dto.api.ApiJson;

/**
 * {@code bench/fuzz N [M]}: the fuzz tests of the normal run (issue 13), longer and from a random
 * seed. Feeds N mutated or random inputs to each reader and counts what came back: a documented
 * result, an unexpected exception, or no answer within 2 s (a hang); then, with M, sends M mutated
 * raw HTTP requests to a canvas server ({@link HttpFuzz}). Exits 1 when any case was not documented
 * or any request failed; the seed is printed so a run can be repeated ({@code -Dfuzz.seed=S}).
 */
public final class Fuzz {
  private static final long PER_CASE_MILLIS = 2000;
  private static final String PUNCTUATION = "{}[]()\"',:;\\ \n\t\r|=<>-+.0123456789eE_aZ#/@";
  private static final List<String> PROGRAMS = List.of(
      "let x = 5 in if x > 3 then [1; 2; 3] |> List.map_v1 (fun y -> y * x) else []",
      "match request.body with\n| Just b -> { name = b.name; age = 3.5 }\n| Nothing -> Http.response_v1 \"no\" 400",
      "String.join_v0 (List.map_v1 [\"a\"; \"b\"] (fun s -> s ++ \"\\n\")) \", \"",
      "DB.set_v1 { v = \"x\" } (Int.toString_v0 (1 + 2 ^ 3 % 4)) Seen");
  private static final List<String> JSON = List.of(
      "{\"a\": 1, \"b\": [true, false, null], \"c\": {\"d\": \"e\\u00e9\\n\"}}",
      "[1, -2.5e10, 0.0001, 9223372036854775808, \"x\", [], {}]",
      "/* comment */ {\"key\" : \"value\" // trailing\n}",
      "{\"ops\":[{\"op\":\"SetHandler\",\"tlid\":1,\"pos\":{\"x\":5,\"y\":6},\"handler\":{\"kind\":\"handler\",\"tlid\":1,"
          + "\"pos\":{\"x\":5,\"y\":6},\"spec\":{\"type\":\"HTTP\",\"route\":\"/a\",\"method\":\"GET\",\"ids\":{\"moduleId\":1,"
          + "\"nameId\":2,\"modifierId\":3}},\"ast\":{\"expr\":\"EInteger\",\"id\":2,\"value\":42}}}],\"opCtr\":null,"
          + "\"clientId\":null,\"expectedVersion\":null}");

  private Fuzz() {}

  /** One reader under test: its input from a Random, and whether its answer is a documented one. */
  private record Target(String name, java.util.function.Function<Random, String> input, Predicate<String> documented) {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : 0;
    long seed = Long.getLong("fuzz.seed", System.nanoTime());
    JsonMapper api = ApiJson.mapper();
    List<String> canvases = PROGRAMS.stream().map(Fuzz::canvasText).toList();
    var targets = List.of(
        new Target("Parser.parseExpr", r -> mutated(r, PROGRAMS), t -> Parser.parseExpr(t) instanceof Parsed<?>),
        new Target("CanvasText.parse/read", r -> mutated(r, canvases),
            t -> CanvasText.parse(t, 1) instanceof Parsed<?> && CanvasText.read(t, 1) instanceof Parsed<?>),
        new Target("JsonReader/Json.parse", r -> mutated(r, JSON),
            t -> JsonReader.read(t) != null && JsonToDval.unknownJsonV1(t) != null && JsonToDval.unknownJsonV0(t) != null),
        new Target("ApiJson AddOpsRequest", r -> mutated(r, JSON), t -> {
          try {
            api.readValue(t, AddOpsRequest.class);
          } catch (JacksonException e) {
            return true;
          }
          return true;
        }));
    System.out.printf("seed %d, %d cases per reader, %d raw HTTP requests%n", seed, n, requests);
    boolean clean = true;
    for (Target target : targets) clean &= run(target, n, seed);
    if (requests > 0) clean &= HttpFuzz.run(requests, seed);
    System.exit(clean ? 0 : 1);
  }

  private static boolean run(Target target, int n, long seed) throws Exception {
    long documented = 0, unexpected = 0, hangs = 0, start = System.nanoTime();
    ExecutorService worker = Executors.newSingleThreadExecutor(r -> daemon(r));
    for (int i = 0; i < n; i++) {
      String input = target.input().apply(new Random(seed + i));
      var answer = worker.submit(() -> target.documented().test(input));
      try {
        if (answer.get(PER_CASE_MILLIS, TimeUnit.MILLISECONDS)) documented++;
        else unexpected++;
      } catch (TimeoutException e) {
        hangs++;
        System.out.printf("  hang: case %d (seed %d): %s%n", i, seed + i, quoted(input));
        answer.cancel(true);
        worker.shutdownNow();
        worker = Executors.newSingleThreadExecutor(r -> daemon(r));
      } catch (java.util.concurrent.ExecutionException e) {
        unexpected++;
        if (unexpected <= 5) System.out.printf("  %s: case %d (seed %d): %s%n", e.getCause(), i, seed + i, quoted(input));
      }
    }
    worker.shutdownNow();
    System.out.printf("%-24s cases %d in %.0f s, documented answers %d, unexpected exceptions %d, hangs %d%n",
        target.name(), n, (System.nanoTime() - start) / 1e9, documented, unexpected, hangs);
    return unexpected == 0 && hangs == 0;
  }

  private static Thread daemon(Runnable r) {
    var t = new Thread(r, "fuzz-case");
    t.setDaemon(true);
    return t;
  }

  private static String canvasText(String program) {
    var pos = new Position(0, 0);
    var handler = new Toplevel.Handler(1, pos, Parser.parseExpr(program, 1000).orElseThrow(),
        new HandlerSpec.Http("/users/:id", "GET", new HandlerSpec.Ids(10, 11, 12)));
    return CanvasText.print(Canvas.empty().withLoaded(handler, false));
  }

  /** Mostly a sample with one to eight random edits, sometimes noise. */
  static String mutated(Random r, List<String> samples) {
    var sb = new StringBuilder();
    if (r.nextInt(8) == 0) {
      for (int i = r.nextInt(80); i > 0; i--) sb.append(noise(r));
      return sb.toString();
    }
    sb.append(samples.get(r.nextInt(samples.size())));
    for (int edits = 1 + r.nextInt(8); edits > 0; edits--) {
      int at = sb.isEmpty() ? 0 : r.nextInt(sb.length());
      switch (r.nextInt(4)) {
        case 0 -> { if (!sb.isEmpty()) sb.setCharAt(at, noise(r)); }
        case 1 -> sb.insert(at, noise(r));
        case 2 -> { if (!sb.isEmpty()) sb.deleteCharAt(at); }
        default -> sb.insert(at, sb.substring(at, Math.min(sb.length(), at + r.nextInt(16))));
      }
    }
    return sb.toString();
  }

  private static char noise(Random r) {
    return r.nextInt(3) == 0 ? (char) r.nextInt(0x10000) : PUNCTUATION.charAt(r.nextInt(PUNCTUATION.length()));
  }

  static String quoted(String s) {
    return '"' + (s.length() > 300 ? s.substring(0, 300) + "..." : s).replace("\n", "\\n").replace("\r", "\\r") + '"';
  }
}
