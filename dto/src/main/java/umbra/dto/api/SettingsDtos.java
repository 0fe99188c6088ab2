package umbra.dto.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A canvas's settings: CORS origins (backend.md 1.7), custom domains (1.3), trace sampling rules (3.5). */
public final class SettingsDtos {
  private SettingsDtos() {}

  /** On the wire {@code "*"} (every origin) or a list of origins; {@code all} and a list never go together. */
  public record CorsOrigins(boolean all, List<String> origins) {
    public CorsOrigins {
      origins = List.copyOf(origins);
      if (all && !origins.isEmpty()) throw new IllegalArgumentException("\"*\" or a list of origins, not both");
    }

    public static CorsOrigins everyOrigin() { return new CorsOrigins(true, List.of()); }

    public static CorsOrigins of(List<String> origins) { return new CorsOrigins(false, origins); }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static CorsOrigins fromJson(JsonNode node) {
      if (node.isTextual() && node.asText().equals("*")) return everyOrigin();
      if (!node.isArray()) throw new IllegalArgumentException("origins must be \"*\" or a list of origins");
      List<String> origins = new ArrayList<>();
      for (JsonNode o : node) {
        if (!o.isTextual()) throw new IllegalArgumentException("each origin is a string like \"https://example.com\"");
        origins.add(o.asText());
      }
      return of(origins);
    }

    @JsonValue Object json() { return all ? "*" : origins; }
  }

  /** A handler's own sampling rule; {@code module}, {@code name} and {@code modifier} describe the handler. */
  public record HandlerRule(long tlid, String module, String name, String modifier, String rule) {}

  /**
   * {@code defaultRule} applies to every HTTP handler without its own rule; workers and crons
   * are always traced.
   */
  public record Sampling(String defaultRule, List<HandlerRule> handlers) {}

  /**
   * {@code GET .../settings}, and the answer of every change: {@code cors} is {@code null} when
   * the canvas has no setting (local development origins are echoed, every other gets {@code *}).
   */
  public record Settings(Optional<CorsOrigins> cors, List<String> customDomains, Sampling sampling) {}

  /** {@code PUT .../settings/cors}. */
  public record CorsRequest(CorsOrigins origins) {}

  /** {@code POST .../settings/domains}. */
  public record DomainRequest(String host) {}

  /** {@code PUT .../toplevels/{tlid}/sampling}. */
  public record SamplingRequest(String rule) {}
}
