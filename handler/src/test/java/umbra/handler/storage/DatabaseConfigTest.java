package umbra.handler.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseConfigTest {
  @Test
  void theDefaultIsTheLocalUmbraDatabase() {
    assertThat(DatabaseConfig.fromEnvironment(Map.of()))
        .isEqualTo(new DatabaseConfig("jdbc:postgresql://127.0.0.1:5432/umbra", "postgres", null));
  }

  @Test
  void pgVariablesFillEveryPart() {
    var env = Map.of("PGHOST", "db.internal", "PGPORT", "6543", "PGUSER", "app", "PGPASSWORD", "pw", "PGDATABASE", "prod");
    assertThat(DatabaseConfig.fromEnvironment(env))
        .isEqualTo(new DatabaseConfig("jdbc:postgresql://db.internal:6543/prod", "app", "pw"));
  }

  @Test
  void aDatabaseUrlWinsAndIsDecoded() {
    var env = Map.of("DATABASE_URL", "postgres://u%40x:p%3Aw@host:5555/db?sslmode=require", "PGUSER", "ignored");
    assertThat(DatabaseConfig.fromEnvironment(env))
        .isEqualTo(new DatabaseConfig("jdbc:postgresql://host:5555/db?sslmode=require", "u@x", "p:w"));
  }

  @Test
  void aDatabaseUrlMayLeavePartsToTheDefaults() {
    assertThat(DatabaseConfig.fromEnvironment(Map.of("DATABASE_URL", "postgresql://host")))
        .isEqualTo(new DatabaseConfig("jdbc:postgresql://host:5432/umbra", "postgres", null));
  }

  @Test
  void aJdbcUrlIsUsedAsIs() {
    var env = Map.of("DATABASE_URL", "jdbc:postgresql://h:1/d", "PGUSER", "me");
    assertThat(DatabaseConfig.fromEnvironment(env)).isEqualTo(new DatabaseConfig("jdbc:postgresql://h:1/d", "me", null));
  }

  @Test
  void otherSchemesAreRefused() {
    assertThatThrownBy(() -> DatabaseConfig.fromEnvironment(Map.of("DATABASE_URL", "mysql://h/d")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("postgres://");
  }

  @Test
  void descriptionsNeverShowThePassword() {
    var config = new DatabaseConfig("jdbc:postgresql://h:1/d", "me", "hunter2");
    assertThat(config.describe()).isEqualTo("h:1/d as me");
    assertThat(config.toString()).doesNotContain("hunter2");
    assertThat(config.withDatabase("other").jdbcUrl()).isEqualTo("jdbc:postgresql://h:1/other");
  }
}
