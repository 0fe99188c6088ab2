package umbra.app.api;

import io.javalin.config.RoutesConfig;
import java.util.List;
import umbra.domain.stdlib.Reference;
import umbra.dto.api.ReferenceDtos;

/** Routes without a caller: the builtin functions' reference as a page and as JSON. */
final class DocsRoutes {
  private final String page;
  private final ReferenceDtos.Reference json;

  DocsRoutes(Reference reference) {
    this.page = ReferencePage.html(reference);
    this.json = new ReferenceDtos.Reference(reference.entries().stream().map(DocsRoutes::function).toList());
  }

  void register(RoutesConfig routes) {
    routes.get("/docs", ctx -> ctx.html(page));
    routes.get("/docs.json", ctx -> ctx.json(json));
  }

  private static ReferenceDtos.Function function(Reference.Entry e) {
    List<ReferenceDtos.Param> params = e.params().stream().map(p -> new ReferenceDtos.Param(p.name(), p.type())).toList();
    return new ReferenceDtos.Function(e.name(), e.module(), e.function(), e.version(), e.written(), params,
        e.returnType(), e.purity(), e.deprecation(), e.description());
  }
}
