package umbra.handler.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import umbra.domain.account.Permission;
import umbra.domain.canvas.Checked;
import umbra.domain.canvas.HandlerSpec;
import umbra.domain.canvas.Toplevel;
import umbra.domain.http.Cors;
import umbra.domain.http.CustomDomain;
import umbra.domain.trace.SamplingRule;
import umbra.dto.api.SettingsDtos;
import umbra.handler.storage.Account;
import umbra.handler.storage.CanvasHandler;
import umbra.handler.storage.CanvasInfo;
import umbra.handler.storage.CanvasLoader;
import umbra.handler.traces.TraceSampling;

/**
 * A canvas's settings that are not code: its CORS origins (backend.md 1.7), custom domains (1.3)
 * and its HTTP handlers' trace sampling rules (3.5). Every change answers the settings as they
 * are now; the canvas servers hear of it like of any canvas change.
 */
public final class SettingsApi {
  private final ApiAccess access;
  private final CanvasHandler canvases;
  private final CanvasLoader loader;
  private final TraceSampling sampling;
  private final SamplingRule defaultSampling;
  private final List<String> baseDomains;

  /**
   * @param defaultSampling the canvas server's rule for handlers without their own
   * @param baseDomains the canvas server's base domains, which no custom domain may fall under
   */
  public SettingsApi(ApiAccess access, CanvasHandler canvases, CanvasLoader loader, TraceSampling sampling,
      SamplingRule defaultSampling, List<String> baseDomains) {
    this.access = access;
    this.canvases = canvases;
    this.loader = loader;
    this.sampling = sampling;
    this.defaultSampling = defaultSampling;
    this.baseDomains = List.copyOf(baseDomains);
  }

  public ApiResult<SettingsDtos.Settings> get(Account account, String canvasName) {
    return access.canvas(account, canvasName, Permission.READ).map(g -> settings(g.canvas()));
  }

  public ApiResult<SettingsDtos.Settings> setCors(Account account, String canvasName, SettingsDtos.CorsOrigins origins) {
    ApiResult<Cors> cors = cors(origins);
    return cors.then(c -> access.canvas(account, canvasName, Permission.READ_WRITE).map(g -> {
      canvases.setCors(g.canvas().id(), c);
      return settings(g.canvas());
    }));
  }

  /** Back to no setting: local development origins are echoed, every other origin gets {@code *}. */
  public ApiResult<SettingsDtos.Settings> clearCors(Account account, String canvasName) {
    return access.canvas(account, canvasName, Permission.READ_WRITE).map(g -> {
      canvases.setCors(g.canvas().id(), new Cors.None());
      return settings(g.canvas());
    });
  }

  public ApiResult<SettingsDtos.Settings> addDomain(Account account, String canvasName, String host) {
    Optional<String> invalid = CustomDomain.reject(host, baseDomains);
    if (invalid.isPresent()) return ApiResult.failed(Problem.BAD_REQUEST, invalid.get());
    return access.canvas(account, canvasName, Permission.READ_WRITE).then(g ->
        switch (canvases.addCustomDomain(g.canvas(), host)) {
          case Checked.Ok<List<String>> ok -> ApiResult.ok(settings(g.canvas()));
          case Checked.Rejected<List<String>> r -> ApiResult.failed(Problem.CONFLICT, r.reason());
        });
  }

  public ApiResult<SettingsDtos.Settings> removeDomain(Account account, String canvasName, String host) {
    return access.canvas(account, canvasName, Permission.READ_WRITE).then(g -> canvases.removeCustomDomain(g.canvas(), host)
        ? ApiResult.ok(settings(g.canvas()))
        : ApiResult.failed(Problem.NOT_FOUND, "canvas '" + canvasName + "' has no custom domain " + host));
  }

  public ApiResult<SettingsDtos.Settings> setSampling(Account account, String canvasName, long tlid, String ruleText) {
    Optional<SamplingRule> rule = SamplingRule.parseExactly(ruleText);
    if (rule.isEmpty()) {
      return ApiResult.failed(Problem.BAD_REQUEST, "unknown sampling rule '" + ruleText + "': use " + SamplingRule.FORMS);
    }
    return access.canvas(account, canvasName, Permission.READ_WRITE).then(g -> httpHandler(g.canvas().id(), tlid).map(h -> {
      sampling.set(g.canvas().id(), tlid, rule.get());
      return settings(g.canvas());
    }));
  }

  /** Back to the server's default rule; a handler without its own rule stays so. */
  public ApiResult<SettingsDtos.Settings> clearSampling(Account account, String canvasName, long tlid) {
    return access.canvas(account, canvasName, Permission.READ_WRITE).then(g -> httpHandler(g.canvas().id(), tlid).map(h -> {
      sampling.clear(g.canvas().id(), tlid);
      return settings(g.canvas());
    }));
  }

  private static ApiResult<Cors> cors(SettingsDtos.CorsOrigins origins) {
    if (origins.all()) return ApiResult.ok(new Cors.AllOrigins());
    if (origins.origins().isEmpty()) {
      return ApiResult.failed(Problem.BAD_REQUEST, "an empty origin list would refuse every origin; "
          + "give \"*\", at least one origin, or DELETE the setting");
    }
    for (String origin : origins.origins()) {
      Optional<String> invalid = Cors.rejectOrigin(origin);
      if (invalid.isPresent()) return ApiResult.failed(Problem.BAD_REQUEST, invalid.get());
    }
    return ApiResult.ok(new Cors.Origins(origins.origins().stream().distinct().toList()));
  }

  /** Sampling rules decide only whether HTTP requests are traced (backend.md 3.5); every worker and cron run is. */
  private ApiResult<Toplevel.Handler> httpHandler(UUID canvas, long tlid) {
    Toplevel.Handler h = loader.loadAll(canvas).handlers().live().get(tlid);
    String id = Long.toUnsignedString(tlid);
    if (h == null) return ApiResult.failed(Problem.NOT_FOUND, "toplevel " + id + " is not a live handler of this canvas");
    if (!isHttp(h)) {
      return ApiResult.failed(Problem.REJECTED, "toplevel " + id + " is a " + h.spec().module().toLowerCase()
          + " handler; sampling rules apply to HTTP handlers only (every worker and cron run is traced)");
    }
    return ApiResult.ok(h);
  }

  private SettingsDtos.Settings settings(CanvasInfo canvas) {
    Optional<SettingsDtos.CorsOrigins> cors = switch (canvases.cors(canvas.id())) {
      case Cors.None n -> Optional.empty();
      case Cors.AllOrigins a -> Optional.of(SettingsDtos.CorsOrigins.everyOrigin());
      case Cors.Origins o -> Optional.of(SettingsDtos.CorsOrigins.of(o.allowed()));
    };
    Map<Long, SamplingRule> rules = sampling.rules(canvas.id());
    List<SettingsDtos.HandlerRule> handlerRules = new ArrayList<>();
    if (!rules.isEmpty()) {
      for (Toplevel.Handler h : loader.loadAll(canvas.id()).handlers().live().values()) {
        SamplingRule rule = rules.get(h.tlid());
        if (rule == null || !isHttp(h)) continue;
        handlerRules.add(new SettingsDtos.HandlerRule(h.tlid(), h.spec().module(), h.spec().name(), h.spec().modifier(),
            rule.text()));
      }
    }
    handlerRules.sort(Comparator.comparing(SettingsDtos.HandlerRule::name).thenComparing(SettingsDtos.HandlerRule::modifier)
        .thenComparingLong(SettingsDtos.HandlerRule::tlid));
    return new SettingsDtos.Settings(cors, canvases.customDomains(canvas),
        new SettingsDtos.Sampling(defaultSampling.text(), handlerRules));
  }

  private static boolean isHttp(Toplevel.Handler h) {
    return h.spec() instanceof HandlerSpec.Http || h.spec() instanceof HandlerSpec.HttpBasic;
  }
}
