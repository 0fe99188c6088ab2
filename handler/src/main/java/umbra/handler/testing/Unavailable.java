package umbra.handler.testing;

import java.util.Optional;
import umbra.domain.eval.EffectRequest;
import umbra.domain.syntax.FnName;
import umbra.domain.value.Dval;
import umbra.handler.effects.EffectPerformer;

/**
 * The last resort for effects: what the test runner cannot provide (datastores, the network,
 * queues, accounts) becomes a Dark error saying so, so such a test fails with a clear message.
 */
final class Unavailable implements EffectPerformer {
  static final Unavailable INSTANCE = new Unavailable();

  private Unavailable() {}

  @Override
  public Optional<Dval> perform(EffectRequest request) {
    FnName.Stdlib fn = request.function();
    return Optional.of(Dval.error(fn + " needs " + needs(fn) + ", which this test run does not have"));
  }

  private static String needs(FnName.Stdlib fn) {
    return switch (fn.module()) {
      case "DB" -> "a PostgreSQL database for its datastores";
      case "StaticAssets" -> "storage";
      case "HttpClient", "Twilio", "Twitter" -> "the network";
      case "DarkInternal" -> "the account and canvas store";
      case "" -> fn.function().equals("emit") ? "an event queue" : "the outside world";
      default -> "the outside world";
    };
  }
}
