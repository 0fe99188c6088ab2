package umbra.dto.api;

import java.util.List;

/** The editor's view of a canvas's datastores (backend.md 5.4 get_db_stats, get_unlocked_dbs). */
public final class DatastoreDtos {
  private DatastoreDtos() {}

  /** A column with both a name and a type, as code sees it. */
  public record Column(String name, String type) {}

  /** The most recently created row. */
  public record Example(String key, TraceDtos.Value value) {}

  /**
   * One live datastore: its schema, its row count, whether it is locked (has rows, so its columns
   * cannot change), and its newest row ({@code null} when empty).
   */
  public record DatastoreStats(long tlid, String name, List<Column> columns, long count, boolean locked,
      Example example) {}

  /** {@code GET .../datastores}: every live datastore of the canvas. */
  public record DatastoreList(List<DatastoreStats> datastores) {}

  /** {@code GET .../datastores/unlocked}: the live datastores without rows, whose schema may change. */
  public record UnlockedList(List<Long> unlockedDBs) {}
}
