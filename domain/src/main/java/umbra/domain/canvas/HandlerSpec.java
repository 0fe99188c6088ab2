package umbra.domain.canvas;

import java.util.Optional;

/**
 * What triggers a handler (backend.md 4.1). {@link #module}, {@link #name} and {@link #modifier}
 * are the handler's description; {@link RoutingColumns} derives the stored routing columns from them.
 */
public sealed interface HandlerSpec {
  /** Editor ids of the three header blanks; opaque to the server, kept so the editor gets them back. */
  record Ids(long moduleId, long nameId, long modifierId) {}

  Ids ids();

  record Http(String route, String method, Ids ids) implements HandlerSpec {}

  record HttpBasic(String route, String method, Ids ids) implements HandlerSpec {}

  record Worker(String name, Ids ids) implements HandlerSpec {}

  /** Deprecated worker with a user-chosen module name; still routed by that module. */
  record OldWorker(String module, String name, Ids ids) implements HandlerSpec {}

  /** {@code interval} is empty until the user picks one; the cron is incomplete until then. */
  record Cron(String name, Optional<CronInterval> interval, Ids ids) implements HandlerSpec {}

  record Repl(String name, Ids ids) implements HandlerSpec {}

  /** A handler whose module blank was never filled. */
  record UnknownHandler(String name, String modifier, Ids ids) implements HandlerSpec {}

  default String module() {
    return switch (this) {
      case Http h -> "HTTP";
      case HttpBasic h -> "HTTP_BASIC";
      case Worker w -> "WORKER";
      case OldWorker w -> w.module();
      case Cron c -> "CRON";
      case Repl r -> "REPL";
      case UnknownHandler u -> "";
    };
  }

  /** The route for HTTP handlers (as written, not yet a LIKE pattern), else the name. */
  default String name() {
    return switch (this) {
      case Http h -> h.route();
      case HttpBasic h -> h.route();
      case Worker w -> w.name();
      case OldWorker w -> w.name();
      case Cron c -> c.name();
      case Repl r -> r.name();
      case UnknownHandler u -> u.name();
    };
  }

  default String modifier() {
    return switch (this) {
      case Http h -> h.method();
      case HttpBasic h -> h.method();
      case Worker w -> "_";
      case OldWorker w -> "_";
      case Cron c -> c.interval().map(CronInterval::text).orElse("");
      case Repl r -> "_";
      case UnknownHandler u -> u.modifier();
    };
  }

  /** Incomplete handlers are never routed to (backend.md 1.4 step 1, 4.1 "complete when"). */
  default boolean isComplete() {
    return switch (this) {
      case Http h -> !h.route().isEmpty() && !h.method().isEmpty();
      case HttpBasic h -> !h.route().isEmpty() && !h.method().isEmpty();
      case Worker w -> !w.name().isEmpty();
      case OldWorker w -> !w.module().isEmpty() && !w.name().isEmpty();
      case Cron c -> !c.name().isEmpty() && c.interval().isPresent();
      case Repl r -> !r.name().isEmpty();
      case UnknownHandler u -> false;
    };
  }
}
