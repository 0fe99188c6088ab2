package umbra.handler.http;

import java.util.Optional;
import umbra.domain.eval.EffectRequest;
import umbra.domain.syntax.FnName;
import umbra.domain.value.Dval;
import umbra.handler.effects.EffectPerformer;

/**
 * The effects Umbra cannot answer yet (Twilio, static assets, admin functions): the
 * handler gets a Dark error saying so, which its author sees in the trace.
 */
public final class NotYetAvailable implements EffectPerformer {
  public static final NotYetAvailable INSTANCE = new NotYetAvailable();

  private NotYetAvailable() {}

  @Override
  public Optional<Dval> perform(EffectRequest request) {
    FnName.Stdlib fn = request.function();
    return Optional.of(Dval.error(fn + " is not available in Umbra yet (" + what(fn) + " are not built)"));
  }

  private static String what(FnName.Stdlib fn) {
    return switch (fn.module()) {
      case "Twilio", "Twitter" -> "these services' clients";
      case "StaticAssets" -> "static assets";
      case "DarkInternal" -> "admin functions";
      default -> "these effects";
    };
  }
}
