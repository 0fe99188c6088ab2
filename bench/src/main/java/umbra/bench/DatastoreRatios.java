package umbra.bench;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs {@link DatastoreBench} and prints Umbra against hand-written JDBC: requests/s of the
 * set-then-get handler (goal: at least 0.7 of the peer's) and the time of the one-row query on
 * 100,000 rows (goal: at most 1.5 times the peer's). Then prints the plan PostgreSQL makes for
 * the statement Umbra runs for that query.
 */
public final class DatastoreRatios {
  private static final double SET_GET_GOAL = 0.7;
  private static final double QUERY_GOAL = 1.5;
  private static final String INDEX = "Bitmap Index Scan on user_data_data";

  private DatastoreRatios() {}

  public static void main(String[] args) throws Exception {
    Map<String, Double> scores = Jmh.byMethod(Jmh.run(DatastoreBench.class, args));
    System.out.println();
    System.out.printf("%-10s %14s %14s %8s  %s%n", "case", "Umbra", "JDBC", "ratio", "goal");
    Double umbraRps = scores.get("dbSetGetUmbra");
    Double jdbcRps = scores.get("dbSetGetJdbc");
    if (umbraRps != null && jdbcRps != null) {
      double ratio = umbraRps / jdbcRps;
      System.out.printf("%-10s %10.0f r/s %10.0f r/s %8.2f  %s%n", "dbSetGet", umbraRps, jdbcRps, ratio,
          ">= " + SET_GET_GOAL + (ratio >= SET_GET_GOAL ? " (met)" : " (NOT met)"));
    }
    Double untracedRps = scores.get("dbSetGetUmbraUntraced");
    if (untracedRps != null && jdbcRps != null) {
      System.out.printf("%-10s %10.0f r/s %10.0f r/s %8.2f  %s%n", "(untraced)", untracedRps, jdbcRps,
          untracedRps / jdbcRps, "- (the same handler at sample-none)");
    }
    Double umbraUs = scores.get("dbQueryUmbra");
    Double jdbcUs = scores.get("dbQueryJdbc");
    if (umbraUs != null && jdbcUs != null) {
      double ratio = umbraUs / jdbcUs;
      System.out.printf("%-10s %11.1f us %11.1f us %8.2f  %s%n", "dbQuery", umbraUs, jdbcUs, ratio,
          "<= " + QUERY_GOAL + (ratio <= QUERY_GOAL ? " (met)" : " (NOT met)"));
    }
    System.out.println("(dbSetGet: requests/s, higher is better, ratio Umbra/JDBC; dbQuery: time per query, ratio Umbra/JDBC)");
    System.out.println("dbSetGet database: " + DatastoreBench.SET_GET_SETTINGS);
    System.out.println("dbQuery peer WHERE: " + DatastoreBench.PEER_WHERE);
    explainUmbraQuery();
  }

  /** The plan of the statement Umbra sends for {@link DatastoreBench#QUERY}, on a fresh 100,000-row datastore. */
  private static void explainUmbraQuery() throws Exception {
    try (var db = new BenchDatabase()) {
      Jdbi jdbi = db.database().jdbi();
      var canvas = LinksDatastore.createCanvas(jdbi).id();
      LinksDatastore.fill(jdbi, canvas, DatastoreBench.ROWS);
      var statement = LinksDatastore.umbraStatement(jdbi, canvas, LinksDatastore.parse(DatastoreBench.QUERY));
      System.out.println();
      System.out.println("dbQuery: " + DatastoreBench.QUERY);
      System.out.println("Umbra's SQL: " + statement.sql());
      System.out.println("bound: " + statement.binds());
      List<String> plan = LinksDatastore.explain(jdbi, statement);
      System.out.println("EXPLAIN (ANALYZE, BUFFERS), values bound:");
      plan.forEach(line -> System.out.println("  " + line));
      List<String> generic = LinksDatastore.explainGeneric(jdbi, statement);
      System.out.println("EXPLAIN, generic plan (plan_cache_mode = force_generic_plan):");
      generic.forEach(line -> System.out.println("  " + line));
      System.out.println("uses the index user_data_data (" + INDEX + "): with values "
          + (contains(plan) ? "yes" : "NO") + ", generic " + (contains(generic) ? "yes" : "NO"));
    }
  }

  private static boolean contains(List<String> plan) {
    return plan.stream().anyMatch(l -> l.contains(INDEX));
  }
}
