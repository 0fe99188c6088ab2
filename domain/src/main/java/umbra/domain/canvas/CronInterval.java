package umbra.domain.canvas;

import java.util.Locale;
import java.util.Optional;

/** How often a cron handler runs; {@link #text} is the modifier stored in the routing columns (backend.md 4.1). */
public enum CronInterval {
  EVERY_DAY("Daily"),
  EVERY_WEEK("Weekly"),
  EVERY_FORTNIGHT("Fortnightly"),
  EVERY_HOUR("Every 1hr"),
  EVERY_12_HOURS("Every 12hrs"),
  EVERY_MINUTE("Every 1min");

  private final String text;

  CronInterval(String text) { this.text = text; }

  public String text() { return text; }

  /** Case-insensitive, as the editor sends whatever the user typed. */
  public static Optional<CronInterval> parse(String modifier) {
    String wanted = modifier.toLowerCase(Locale.ROOT);
    for (CronInterval i : values()) {
      if (i.text.toLowerCase(Locale.ROOT).equals(wanted)) return Optional.of(i);
    }
    return Optional.empty();
  }
}
