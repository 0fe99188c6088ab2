package umbra.handler.httpclient;

import java.util.Optional;
import umbra.domain.eval.EffectRequest;
import umbra.domain.value.Dval;
import umbra.handler.effects.EffectPerformer;

/**
 * Performs the {@code HttpClient::} calls of Dark code (outgoing HTTP), with the destination
 * guard and limits of its {@link HttpClientConfig}.
 */
public final class HttpClientEffects implements EffectPerformer {
  private final HttpClientConfig config;

  public HttpClientEffects(HttpClientConfig config) { this.config = config; }

  public HttpClientConfig config() { return config; }

  @Override
  public Optional<Dval> perform(EffectRequest request) {
    return Optional.empty();
  }
}
