package umbra.app.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import umbra.handler.api.HealthApi;

/** Routes without a caller: the health check and the API's own description. */
final class ServiceRoutes {
  /** The OpenAPI 3 document, written by hand; {@code ApiRoutesTest} keeps it equal to the route table. */
  static final String OPENAPI_RESOURCE = "/umbra/api/openapi.json";

  private final HealthApi health;
  private final byte[] openApi;

  ServiceRoutes(HealthApi health) {
    this.health = health;
    this.openApi = resource(OPENAPI_RESOURCE);
  }

  void register(RoutesConfig routes) {
    routes.get("/api/v1/health", ctx -> Reply.send(ctx, health.check()));
    routes.get("/api/openapi.json", this::openApi);
  }

  private void openApi(Context ctx) {
    ctx.contentType("application/json").result(openApi);
  }

  static byte[] resource(String name) {
    try (InputStream in = ServiceRoutes.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource " + name);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
