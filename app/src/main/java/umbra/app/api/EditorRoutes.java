package umbra.app.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The editor in the browser: a static bundle (built from {@code web/} into the app's resources)
 * that talks only to the public API. A Java-only build ({@code -Dskip.web}) has no bundle; then
 * {@code /} says so instead.
 */
final class EditorRoutes {
  /** Where the build puts the bundle on the class path. */
  static final String BUNDLE = "/umbra/editor/";
  /** Where index.html says which port the canvas server listens on. */
  private static final String CANVAS_PORT = "__CANVAS_PORT__";
  /** The bundle's files and their media types; nothing else is served from it. */
  private static final Map<String, String> ASSETS = Map.of(
      "editor.js", "text/javascript; charset=utf-8",
      "editor.css", "text/css; charset=utf-8");
  private static final String NOT_BUILT = """
      <!doctype html><meta charset="utf-8"><title>Umbra</title>
      <p>The editor was not built (this build skipped it with <code>-Dskip.web</code>).
      Build it with <code>./mvnw -pl app -am package</code>; the API is at <a href="/api/openapi.json">/api/openapi.json</a>.""";

  private final String bundle;
  private final Optional<byte[]> page;
  /** The assets the bundle has, read once: they change only with a build. */
  private final Map<String, byte[]> assets = new HashMap<>();

  /** @param canvasPort the canvas server's, written into the page for its example requests */
  EditorRoutes(int canvasPort) {
    this(canvasPort, BUNDLE);
  }

  /** @param bundle the class path folder of the bundle */
  EditorRoutes(int canvasPort, String bundle) {
    this.bundle = bundle;
    this.page = read("index.html").map(html -> new String(html, StandardCharsets.UTF_8)
        .replace(CANVAS_PORT, Integer.toString(canvasPort)).getBytes(StandardCharsets.UTF_8));
    ASSETS.keySet().forEach(name -> read(name).ifPresent(bytes -> assets.put(name, bytes)));
  }

  void register(RoutesConfig routes) {
    routes.get("/", this::page);
    routes.get("/editor/{asset}", this::asset);
  }

  private void page(Context ctx) {
    ctx.header("Cache-Control", "no-cache");
    if (page.isPresent()) ctx.contentType("text/html; charset=utf-8").result(page.get());
    else ctx.status(200).html(NOT_BUILT);
  }

  private void asset(Context ctx) {
    String name = ctx.pathParam("asset");
    byte[] bytes = assets.get(name);
    if (bytes == null) {
      Reply.error(ctx, 404, "not_found", "no such file of the editor: " + name);
      return;
    }
    ctx.header("Cache-Control", "no-cache").contentType(ASSETS.get(name)).result(bytes);
  }

  private Optional<byte[]> read(String name) {
    return EditorRoutes.class.getResource(bundle + name) == null ? Optional.empty()
        : Optional.of(ServiceRoutes.resource(bundle + name));
  }
}
