package umbra.handler.storage;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * Where the database is. {@code DATABASE_URL} ({@code postgres://user:pass@host:port/db},
 * {@code postgresql://...} or {@code jdbc:postgresql://...}) wins; the parts it leaves out, or
 * everything when it is unset, come from the usual {@code PGHOST}, {@code PGPORT}, {@code PGUSER},
 * {@code PGPASSWORD}, {@code PGDATABASE}, then from the default
 * {@code postgresql://postgres@127.0.0.1:5432/umbra}.
 *
 * @param jdbcUrl the JDBC URL, without credentials
 * @param user the user to log in as
 * @param password the password, null for trust or peer authentication
 */
public record DatabaseConfig(String jdbcUrl, String user, String password) {
  public DatabaseConfig {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(user, "user");
  }

  public static DatabaseConfig fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  public static DatabaseConfig fromEnvironment(Map<String, String> env) {
    String host = env.getOrDefault("PGHOST", "127.0.0.1");
    int port = Integer.parseInt(env.getOrDefault("PGPORT", "5432"));
    String user = env.getOrDefault("PGUSER", "postgres");
    String password = env.get("PGPASSWORD");
    String db = env.getOrDefault("PGDATABASE", "umbra");
    String url = env.get("DATABASE_URL");
    if (url == null || url.isBlank()) return new DatabaseConfig(jdbc(host, port, db, null), user, password);
    if (url.startsWith("jdbc:")) return new DatabaseConfig(url, user, password);
    URI uri = URI.create(url.strip());
    if (!uri.getScheme().equals("postgres") && !uri.getScheme().equals("postgresql")) {
      throw new IllegalArgumentException("DATABASE_URL must start with postgres://, postgresql:// or jdbc:postgresql://");
    }
    String userInfo = uri.getRawUserInfo();
    if (userInfo != null) {
      int colon = userInfo.indexOf(':');
      user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
      if (colon >= 0) password = decode(userInfo.substring(colon + 1));
    }
    String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
    return new DatabaseConfig(jdbc(uri.getHost() == null ? host : uri.getHost(), uri.getPort() < 0 ? port : uri.getPort(),
        path.isEmpty() ? db : path, uri.getRawQuery()), user, password);
  }

  /** The same server and credentials, another database (tests create throwaway ones). */
  public DatabaseConfig withDatabase(String database) {
    URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
    return new DatabaseConfig(jdbc(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), database, uri.getRawQuery()),
        user, password);
  }

  /** The database's name on its server. */
  public String databaseName() {
    String path = URI.create(jdbcUrl.substring("jdbc:".length())).getPath();
    return path == null ? "" : path.replaceFirst("^/", "");
  }

  /** For messages and logs: never shows the password. */
  public String describe() {
    return jdbcUrl.replaceFirst("^jdbc:postgresql://", "") + " as " + user;
  }

  private static String jdbc(String host, int port, String db, String query) {
    return "jdbc:postgresql://" + host + ":" + port + "/" + db + (query == null ? "" : "?" + query);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  @Override public String toString() {
    return "DatabaseConfig[" + describe() + "]";
  }
}
