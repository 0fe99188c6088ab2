package umbra.domain.queue;

/**
 * Which handler an event is for (backend.md 6.1): {@code ("WORKER", name, "_")} for
 * {@code emit}, {@code (space, name, "_")} for the old {@code emit_v0}, and
 * {@code ("CRON", name, interval)} for a cron's run.
 */
public record EventDesc(String module, String name, String modifier) {
  public static final String WORKER = "WORKER";
  public static final String CRON = "CRON";

  public static EventDesc worker(String name) { return new EventDesc(WORKER, name, "_"); }
}
