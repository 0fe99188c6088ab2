package umbra.handler.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import umbra.domain.eval.Cancellation;
import umbra.domain.http.CanvasHost;
import umbra.domain.http.Header;
import umbra.domain.http.HttpResponse;
import umbra.domain.http.IncomingRequest;
import umbra.domain.http.ReasonPhrases;
import umbra.domain.http.Responses;
import umbra.domain.http.WireResponse;
import umbra.domain.value.Dval;
import umbra.dto.http.HeaderDto;
import umbra.dto.http.HttpRequestDto;
import umbra.dto.http.HttpResponseDto;
import umbra.handler.datastore.UserData;
import umbra.handler.effects.EffectPerformer;
import umbra.handler.queue.EventQueue;
import umbra.handler.storage.LoggedErrors;
import umbra.handler.traces.TraceWriter;
import umbra.service.http.ExecuteHttpRequest;
import umbra.service.http.HttpCanvas;
import umbra.service.http.HttpEvent;
import umbra.service.http.HttpService;
import umbra.service.http.HttpStep;

/**
 * Serves one request to a canvas (backend.md 1.2): decode, find the canvas, call the service,
 * answer its effects, keep its traces, encode. Never throws: a failure is the internal-error 500.
 */
public final class HttpRequestHandler {
  private static final Logger LOG = LoggerFactory.getLogger(HttpRequestHandler.class);
  /** The request log of canvas traffic, its own logger so operators can route or quiet it. */
  private static final Logger REQUESTS = LoggerFactory.getLogger("umbra.requests");

  private final HttpServingConfig config;
  private final CanvasSnapshots canvases;
  private final HttpService service;
  private final EffectPerformer effects;
  private final UserData userData;
  private final EventQueue queue;
  private final TraceWriter traces;
  private final CanvasGate gate;
  /** A flood turned away is a line per canvas every few seconds, so it cannot fill the disk. */
  private final RepeatedWarnings<UUID> busyWarnings = new RepeatedWarnings<>(Duration.ofSeconds(5), System::nanoTime);

  public HttpRequestHandler(HttpServingConfig config, CanvasSnapshots canvases, HttpService service,
      EffectPerformer effects, UserData userData, EventQueue queue, TraceWriter traces) {
    this.config = config;
    this.canvases = canvases;
    this.service = service;
    this.effects = effects;
    this.userData = userData;
    this.queue = queue;
    this.traces = traces;
    this.gate = new CanvasGate(config.canvasConcurrency());
  }

  public HttpServingConfig config() { return config; }

  public HttpResponseDto handle(HttpRequestDto dto) { return handle(dto, Cancellation.NEVER); }

  /**
   * @param clientLeft says stop once the client has closed its connection (the web server watches
   *     it), so nobody's abandoned request keeps a core and a place of its canvas
   */
  public HttpResponseDto handle(HttpRequestDto dto, Cancellation clientLeft) {
    var headers = new ArrayList<Header>(dto.headers().size());
    for (HeaderDto h : dto.headers()) headers.add(new Header(h.name(), h.value()));
    Optional<IncomingRequest> read = IncomingRequest.fromTarget(dto.method(), dto.scheme(), dto.target(), headers,
        dto.body());
    if (read.isEmpty()) return encode(WireResponse.malformed());
    IncomingRequest r = read.get();
    String executionId = executionId();
    try {
      return encode(serve(r, dto.bodyProblem(), executionId, clientLeft));
    } catch (RuntimeException e) {
      LOG.error("internal error serving {} {} (execution {})", LogValue.cut(r.method()), LogValue.cut(r.path()),
          executionId, LoggedErrors.withoutValues(e));
      return encode(WireResponse.finish(Responses.internalError(), executionId, r.isHead()));
    }
  }

  private WireResponse serve(IncomingRequest r, HttpRequestDto.BodyProblem bodyProblem, String executionId,
      Cancellation clientLeft) {
    Optional<HttpResponse> early = switch (bodyProblem) {
      case TOO_LARGE -> Optional.of(Responses.bodyTooLarge(config.maxBodyBytes()));
      case TIMED_OUT -> Optional.of(Responses.bodyTimedOut());
      case BAD_CHUNK -> Optional.of(Responses.badChunk());
      case NONE -> config.useHttps() && !r.header("X-Forwarded-Proto").filter("https"::equals).isPresent()
          ? Optional.of(Responses.redirectToHttps(r)) : Optional.empty();
    };
    if (early.isPresent()) return WireResponse.finish(early.get(), executionId, r.isHead());
    Optional<HttpCanvas> canvas = canvas(r);
    if (canvas.isEmpty()) {
      HttpResponse notFound = CanvasHost.namesNoCanvas(r.host(), config.baseDomains())
          ? Responses.canvasNotAddressed(config.baseDomains().isEmpty() ? "localhost" : config.baseDomains().get(0))
          : Responses.canvasNotFound();
      return WireResponse.finish(notFound, executionId, r.isHead());
    }
    return switch (gate.enter(canvas.get().canvasId())) {
      case CanvasGate.Entered place -> {
        try (place) {
          yield evaluate(canvas.get(), r, executionId, clientLeft);
        }
      }
      case CanvasGate.Busy busy -> turnedAway(canvas.get(), r, busy, executionId);
    };
  }

  private WireResponse turnedAway(HttpCanvas canvas, IncomingRequest r, CanvasGate.Busy busy, String executionId) {
    CanvasConcurrency limits = gate.limits();
    long turned = busyWarnings.occurred(canvas.canvasId());
    if (turned > 0) {
      LOG.warn("canvas {} is busy: {} requests running, up to {} waiting; turned away {} request(s) since its previous line, "
          + "the latest {} {}", canvas.canvasName(), busy.running(), limits.waiting(), turned, LogValue.cut(r.method()),
          LogValue.cut(r.path()));
    }
    long retryAfter = Math.max(1, limits.queueTimeout().toSeconds());
    return WireResponse.finish(Responses.canvasBusy(canvas.canvasName(), busy.running(), retryAfter), executionId,
        r.isHead());
  }

  /** The canvas's handler runs until done, its time is up or its client leaves; its effects answered, its trace offered. */
  private WireResponse evaluate(HttpCanvas canvas, IncomingRequest r, String executionId, Cancellation clientLeft) {
    EffectPerformer world = CanvasWorld.of(canvas.canvasId(), userData, queue, effects);
    long started = System.nanoTime();
    UUID traceId = traceId();
    Cancellation stop = config.budget().deadline("the request").or(clientLeft);
    HttpStep step = service.execute(new ExecuteHttpRequest(canvas, r, traceId, executionId, stop));
    while (step instanceof HttpStep.NeedsEffect need) {
      long asked = System.nanoTime();
      Dval answer = answer(need, world);
      step = need.resume(answer, System.nanoTime() - asked);
    }
    long micros = (System.nanoTime() - started) / 1_000;
    WireResponse response = null;
    String kept = "untraced";
    for (HttpEvent event : ((HttpStep.Finished) step).events()) {
      switch (event) {
        case HttpEvent.ResponseProduced p -> response = p.response();
        case HttpEvent.TraceRecorded t -> kept = traces.offer(t.withDuration(micros)) ? "trace " + traceId : "trace dropped";
        case HttpEvent.NotFoundRecorded n -> kept = traces.offer(n) ? "404 trace " + traceId : "trace dropped";
      }
    }
    // one line per canvas request: never bodies, headers or secrets, and no value at full length
    REQUESTS.info("{} {} {} {} {}ms {}", canvas.canvasName(), LogValue.cut(r.method()), LogValue.cut(r.path()),
        response.status(), micros / 1000, kept);
    return response;
  }

  /** backend.md 1.3: the Host names the canvas, directly or as a custom domain. */
  private Optional<HttpCanvas> canvas(IncomingRequest r) {
    Optional<String> host = r.host();
    if (host.isEmpty()) return Optional.empty();
    return switch (CanvasHost.of(host.get(), config.baseDomains())) {
      case CanvasHost.Named n -> canvases.byName(n.canvasName());
      case CanvasHost.Custom c -> canvases.canvasNameForCustomDomain(c.host()).flatMap(canvases::byName);
      case CanvasHost.Invalid i -> Optional.empty();
    };
  }

  private static Dval answer(HttpStep.NeedsEffect need, EffectPerformer world) {
    try {
      return world.perform(need.request()).orElseThrow();
    } catch (RuntimeException e) {
      LOG.error("effect {} failed", need.request().function(), LoggedErrors.withoutValues(e));
      return Dval.error("Unknown error");
    }
  }

  private static HttpResponseDto encode(WireResponse w) {
    List<HeaderDto> headers = w.headers().stream().map(h -> new HeaderDto(h.name(), h.value())).toList();
    return new HttpResponseDto(w.status(), ReasonPhrases.of(w.status()), headers, w.body());
  }

  /** backend.md 3.4: a fresh random (v4) UUID per request; it names a trace, it guards nothing. */
  private static UUID traceId() {
    var random = ThreadLocalRandom.current();
    return new UUID(random.nextLong() & 0xffffffffffff0fffL | 0x4000L,
        random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L);
  }

  /** The id of this request in logs and in {@code x-darklang-execution-id}: 32 hex digits. */
  private static final java.util.HexFormat HEX = java.util.HexFormat.of();

  private static String executionId() {
    var random = ThreadLocalRandom.current();
    return HEX.toHexDigits(random.nextLong()) + HEX.toHexDigits(random.nextLong());
  }
}
