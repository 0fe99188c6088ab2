package umbra.app.client;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import umbra.dto.api.AddOpsRequest;
import umbra.dto.api.ApiJson;
import umbra.dto.api.CanvasDto;
import umbra.dto.api.CanvasList;
import umbra.dto.api.CheckDtos;
import umbra.dto.api.ErrorResponse;
import umbra.dto.api.ExecutionDtos;
import umbra.dto.api.OpDto;
import umbra.dto.api.SecretNames;
import umbra.dto.api.SecretValueRequest;
import umbra.dto.api.SettingsDtos;
import umbra.dto.api.ToplevelsDto;
import umbra.dto.api.TraceDtos;

/** The editor API as the CLI's commands use it; every failure is one sentence ({@link Failure}). */
public final class ApiClient {
  /** Why a call failed, in one line for the terminal. */
  public static final class Failure extends Exception {
    public Failure(String message) {
      super(message, null, false, false);
    }
  }

  private final URI base;
  private final String token;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final JsonMapper json = ApiJson.mapper();

  /** @param base e.g. {@code http://localhost:9000} */
  public ApiClient(URI base, String token) {
    this.base = base;
    this.token = token;
  }

  /** The canvases the token's account owns or was granted, sorted by name. */
  public CanvasList canvases() throws Failure {
    return call(HttpRequest.newBuilder(uri("/api/v1/canvases")).GET(), CanvasList.class);
  }

  public CanvasDto canvas(String canvas) throws Failure {
    return call(HttpRequest.newBuilder(uri("/api/v1/canvases/" + segment(canvas))).GET(), CanvasDto.class);
  }

  public ToplevelsDto addOps(String canvas, AddOpsRequest request) throws Failure {
    return call(withBody("POST", uri("/api/v1/canvases/" + segment(canvas) + "/ops"), request), ToplevelsDto.class);
  }

  /** The names of the canvas's secrets, newest first. */
  public SecretNames secrets(String canvas) throws Failure {
    return call(HttpRequest.newBuilder(secretsUri(canvas, "")).GET(), SecretNames.class);
  }

  /** Sets the secret, replacing the value it had. */
  public SecretNames putSecret(String canvas, String name, String value) throws Failure {
    return call(withBody("PUT", secretsUri(canvas, "/" + segment(name)), new SecretValueRequest(value)), SecretNames.class);
  }

  public SecretNames deleteSecret(String canvas, String name) throws Failure {
    return call(HttpRequest.newBuilder(secretsUri(canvas, "/" + segment(name))).DELETE(), SecretNames.class);
  }

  public SettingsDtos.Settings settings(String canvas) throws Failure {
    return call(HttpRequest.newBuilder(settingsUri(canvas, "")).GET(), SettingsDtos.Settings.class);
  }

  public SettingsDtos.Settings setCors(String canvas, SettingsDtos.CorsOrigins origins) throws Failure {
    return call(withBody("PUT", settingsUri(canvas, "/cors"), new SettingsDtos.CorsRequest(origins)),
        SettingsDtos.Settings.class);
  }

  public SettingsDtos.Settings clearCors(String canvas) throws Failure {
    return call(HttpRequest.newBuilder(settingsUri(canvas, "/cors")).DELETE(), SettingsDtos.Settings.class);
  }

  public SettingsDtos.Settings addDomain(String canvas, String host) throws Failure {
    return call(withBody("POST", settingsUri(canvas, "/domains"), new SettingsDtos.DomainRequest(host)),
        SettingsDtos.Settings.class);
  }

  public SettingsDtos.Settings removeDomain(String canvas, String host) throws Failure {
    return call(HttpRequest.newBuilder(settingsUri(canvas, "/domains/" + segment(host))).DELETE(), SettingsDtos.Settings.class);
  }

  public SettingsDtos.Settings setSampling(String canvas, long tlid, String rule) throws Failure {
    return call(withBody("PUT", samplingUri(canvas, tlid), new SettingsDtos.SamplingRequest(rule)), SettingsDtos.Settings.class);
  }

  public SettingsDtos.Settings clearSampling(String canvas, long tlid) throws Failure {
    return call(HttpRequest.newBuilder(samplingUri(canvas, tlid)).DELETE(), SettingsDtos.Settings.class);
  }

  /** What ops would do to the canvas's stored traces; nothing changes. */
  public CheckDtos.CheckResult check(String canvas, List<OpDto> ops) throws Failure {
    return call(withBody("POST", uri("/api/v1/canvases/" + segment(canvas) + "/check"), new CheckDtos.CheckRequest(ops)),
        CheckDtos.CheckResult.class);
  }

  /** The newest traces of every toplevel (at most ten each). */
  public TraceDtos.TraceList traces(String canvas) throws Failure {
    return call(HttpRequest.newBuilder(uri("/api/v1/canvases/" + segment(canvas) + "/traces")).GET(), TraceDtos.TraceList.class);
  }

  public TraceDtos.TraceData trace(String canvas, long tlid, String traceId) throws Failure {
    return call(HttpRequest.newBuilder(toplevelUri(canvas, tlid, "/traces/" + segment(traceId))).GET(),
        TraceDtos.TraceData.class);
  }

  public TraceDtos.NotFoundList notFounds(String canvas) throws Failure {
    return call(HttpRequest.newBuilder(uri("/api/v1/canvases/" + segment(canvas) + "/404s")).GET(), TraceDtos.NotFoundList.class);
  }

  public ExecutionDtos.Executed replay(String canvas, long tlid, String traceId) throws Failure {
    return call(withBody("POST", toplevelUri(canvas, tlid, "/replay"), new ExecutionDtos.ReplayRequest(traceId)),
        ExecutionDtos.Executed.class);
  }

  /** One Server-Sent Event of a canvas's stream: its feed id, its type, its JSON data. */
  public record Event(String id, String type, JsonNode data) {}

  /**
   * Follows a canvas's event stream until it ends or {@code each} returns false; with
   * {@code lastEventId} it resumes after that event. Returns the id of the last event seen.
   */
  public String follow(String canvas, String lastEventId, Predicate<Event> each) throws Failure {
    var request = HttpRequest.newBuilder(uri("/api/v1/canvases/" + segment(canvas) + "/events"))
        .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET();
    if (lastEventId != null) request.header("Last-Event-ID", lastEventId);
    HttpResponse<Stream<String>> response = send(request.build(), HttpResponse.BodyHandlers.ofLines());
    if (response.statusCode() != 200) {
      throw new Failure(base + " refused the event stream (" + response.statusCode() + ")");
    }
    String last = lastEventId;
    String id = null;
    String type = "message";
    var data = new StringBuilder();
    try (Stream<String> lines = response.body()) {
      for (String line : (Iterable<String>) lines::iterator) {
        if (!line.isEmpty()) {
          if (line.startsWith("id: ")) id = line.substring(4);
          else if (line.startsWith("event: ")) type = line.substring(7);
          else if (line.startsWith("data: ")) data.append(line.substring(6));
          continue;
        }
        if (!data.isEmpty()) {
          last = id;
          if (!each.test(new Event(id, type, json.readTree(data.toString())))) return last;
        }
        id = null;
        type = "message";
        data.setLength(0);
      }
    } catch (IOException | UncheckedIOException e) {
      // the connection ended; the caller may resume from the last event
    }
    return last;
  }

  private URI toplevelUri(String canvas, long tlid, String rest) {
    return uri("/api/v1/canvases/" + segment(canvas) + "/toplevels/" + Long.toUnsignedString(tlid) + rest);
  }

  private URI secretsUri(String canvas, String rest) {
    return uri("/api/v1/canvases/" + segment(canvas) + "/secrets" + rest);
  }

  private URI settingsUri(String canvas, String rest) {
    return uri("/api/v1/canvases/" + segment(canvas) + "/settings" + rest);
  }

  private URI samplingUri(String canvas, long tlid) {
    return uri("/api/v1/canvases/" + segment(canvas) + "/toplevels/" + Long.toUnsignedString(tlid) + "/sampling");
  }

  private HttpRequest.Builder withBody(String method, URI uri, Object request) {
    byte[] body;
    try {
      body = json.writeValueAsBytes(request);
    } catch (JacksonException e) {
      throw new IllegalStateException("cannot encode the request", e);
    }
    return HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
  }

  private <T> T call(HttpRequest.Builder request, Class<T> type) throws Failure {
    HttpResponse<byte[]> response = send(request.header("Authorization", "Bearer " + token)
        .timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() / 100 != 2) throw new Failure(error(response));
    try {
      return json.readValue(response.body(), type);
    } catch (IOException e) {
      throw new Failure(base + " answered something that is not Umbra's API: " + e.getMessage().lines().findFirst().orElse(""));
    }
  }

  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) throws Failure {
    try {
      return http.send(request, body);
    } catch (ConnectException e) {
      throw new Failure("cannot reach Umbra at " + base + " (is './umbra serve' running? set UMBRA_API to its address)");
    } catch (IOException e) {
      throw new Failure("cannot talk to Umbra at " + base + ": " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Failure("interrupted");
    }
  }

  private String error(HttpResponse<byte[]> response) {
    try {
      ErrorResponse e = json.readValue(response.body(), ErrorResponse.class);
      return e.error().message() + " (" + response.statusCode() + " " + e.error().code() + ")";
    } catch (IOException e) {
      return base + " answered " + response.statusCode();
    }
  }

  private URI uri(String path) {
    String root = base.toString().replaceAll("/+$", "");
    return URI.create(root + path);
  }

  private static String segment(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
