package umbra.handler.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import umbra.dto.api.ApiJson;

/**
 * The {@code canvas_events} table: what happened on each canvas, for the event stream. Rows are
 * appended in the transaction that made the change, with one {@code NOTIFY} per canvas carrying
 * only ids ({@code "<canvas> <first> <last>"}, far below PostgreSQL's 8,000-byte payload limit), so
 * every Umbra process on the database learns of them when the change commits.
 */
public final class CanvasEventLog {
  public static final String CHANNEL = "umbra_canvas_events";

  private static final JsonMapper JSON = ApiJson.mapper();

  /** One event of the feed: its place ({@code id}, the SSE id) and its JSON body. */
  public record Entry(long id, String body) {}

  private CanvasEventLog() {}

  /** An event wire record ({@code umbra.dto.api.EventDtos}) as the body stored and sent. */
  public static String json(Object event) {
    try {
      return JSON.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not an event record: " + event.getClass().getSimpleName(), e);
    }
  }

  /** Appends events (canvas id, body) in {@code h}'s transaction and announces them on commit. */
  public static void append(Handle h, List<Map.Entry<UUID, String>> events) {
    if (events.isEmpty()) return;
    UUID[] canvases = new UUID[events.size()];
    String[] bodies = new String[events.size()];
    for (int i = 0; i < events.size(); i++) {
      canvases[i] = events.get(i).getKey();
      bodies[i] = events.get(i).getValue();
    }
    var ranges = new TreeMap<UUID, long[]>();
    h.createQuery("""
        INSERT INTO canvas_events (canvas_id, body) SELECT * FROM unnest(:canvases::uuid[], :bodies::text[])
        RETURNING canvas_id, id""")
        .bind("canvases", canvases).bind("bodies", bodies)
        .map((rs, ctx) -> Map.entry(rs.getObject("canvas_id", UUID.class), rs.getLong("id")))
        .forEach(row -> ranges.merge(row.getKey(), new long[] {row.getValue(), row.getValue()},
            (a, b) -> new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])}));
    ranges.forEach((canvas, range) ->
        h.execute("SELECT pg_notify(?, ?)", CHANNEL, canvas + " " + range[0] + " " + range[1]));
  }

  /** The events of a canvas with ids in {@code [first, last]}, oldest first. */
  static List<Entry> between(Handle h, UUID canvas, long first, long last) {
    return h.createQuery("SELECT id, body FROM canvas_events WHERE canvas_id = :c AND id BETWEEN :first AND :last ORDER BY id")
        .bind("c", canvas).bind("first", first).bind("last", last)
        .map((rs, ctx) -> new Entry(rs.getLong("id"), rs.getString("body"))).list();
  }

  /** The events of a canvas after {@code id} (a client resuming), oldest first, at most {@code limit}. */
  public static List<Entry> after(Handle h, UUID canvas, long id, int limit) {
    return new ArrayList<>(h.createQuery("SELECT id, body FROM canvas_events WHERE canvas_id = :c AND id > :id ORDER BY id LIMIT :n")
        .bind("c", canvas).bind("id", id).bind("n", limit)
        .map((rs, ctx) -> new Entry(rs.getLong("id"), rs.getString("body"))).list());
  }

  /** Forgets events older than {@code before}; how many went. */
  public static int trim(Handle h, Instant before) {
    return h.createUpdate("DELETE FROM canvas_events WHERE at < :before").bind("before", before.atOffset(ZoneOffset.UTC)).execute();
  }
}
