package umbra.handler.api;

import java.util.OptionalLong;
import java.util.UUID;
import umbra.domain.account.Permission;
import umbra.handler.events.CanvasEventHub;
import umbra.handler.storage.Account;

/** The event stream of a canvas: who may follow it, and from where. */
public final class EventsApi {
  private final ApiAccess access;
  private final CanvasEventHub hub;

  public EventsApi(ApiAccess access, CanvasEventHub hub) {
    this.access = access;
    this.hub = hub;
  }

  /** A stream the caller may open: the canvas, and the event to resume after. */
  public record Opening(UUID canvasId, OptionalLong resumeAfter) {}

  /**
   * Checks that the caller may follow the canvas; {@code lastEventId} (the SSE header, when the
   * client sent one) resumes after that event.
   */
  public ApiResult<Opening> open(Account account, String canvasName, String lastEventId) {
    OptionalLong resume;
    try {
      resume = lastEventId == null || lastEventId.isBlank() ? OptionalLong.empty()
          : OptionalLong.of(Long.parseLong(lastEventId.strip()));
    } catch (NumberFormatException e) {
      return ApiResult.failed(Problem.BAD_REQUEST, "Last-Event-ID is an event's id (a number), not '" + lastEventId + "'");
    }
    return access.canvas(account, canvasName, Permission.READ).map(g -> new Opening(g.canvas().id(), resume));
  }

  /** Starts sending the canvas's events into {@code sink}; close the follower when the client leaves. */
  public CanvasEventHub.Follower follow(Opening opening, CanvasEventHub.Sink sink) {
    return hub.follow(opening.canvasId(), opening.resumeAfter(), sink);
  }
}
