package umbra.app.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import umbra.handler.api.ApiResult;
import umbra.handler.api.EventsApi;
import umbra.handler.events.CanvasEventHub;
import umbra.handler.events.CanvasEventLog;
import umbra.handler.storage.Account;

/**
 * {@code GET /api/v1/canvases/{canvas}/events}: the canvas's events as Server-Sent Events, each
 * named by its type ({@code trace}, {@code 404}, {@code ops}, {@code worker}) with its feed id as
 * the SSE id. Browsers' {@code EventSource} cannot send headers, so the token may also come as
 * the {@code access_token} query parameter (the request log never shows queries).
 */
final class EventRoutes {
  private static final Pattern TYPE = Pattern.compile("^\\{\"type\":\"([^\"]+)\"");

  private final Requests requests;
  private final EventsApi events;

  EventRoutes(Requests requests, EventsApi events) {
    this.requests = requests;
    this.events = events;
  }

  void register(RoutesConfig routes) {
    routes.get("/api/v1/canvases/{canvas}/events", this::follow);
  }

  private void follow(Context ctx) throws Exception {
    ApiResult<EventsApi.Opening> opening = caller(ctx)
        .then(a -> events.open(a, ctx.pathParam("canvas"), ctx.header("Last-Event-ID")));
    if (!(opening instanceof ApiResult.Ok<EventsApi.Opening> ok)) {
      Reply.send(ctx, opening);
      return;
    }
    String accept = ctx.header("Accept");
    if (accept == null || !accept.contains("text/event-stream")) {
      Reply.error(ctx, 406, "not_acceptable", "this is a Server-Sent Events stream: ask for it with 'Accept: text/event-stream'");
      return;
    }
    new SseHandler(client -> {
      CanvasEventHub.Follower follower = events.follow(ok.value(), new ClientSink(client));
      client.onClose(follower::close);
      client.keepAlive();
    }).handle(ctx);
  }

  private ApiResult<Account> caller(Context ctx) {
    String token = ctx.queryParam("access_token");
    return token == null ? requests.caller(ctx) : requests.caller(Optional.of("Bearer " + token));
  }

  /** An open SSE response. */
  private record ClientSink(SseClient client) implements CanvasEventHub.Sink {
    @Override public boolean send(CanvasEventLog.Entry event) {
      Matcher m = TYPE.matcher(event.body());
      client.sendEvent(m.find() ? m.group(1) : "message", event.body(), Long.toString(event.id()));
      return !client.terminated();
    }

    @Override public boolean heartbeat() {
      client.sendComment("heartbeat");
      return !client.terminated();
    }

    @Override public void close() { client.close(); }
  }
}
