package umbra.app;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What one {@code umbra serve} process does. All roles by default; run them in separate
 * processes on one database to scale or isolate them, like Dark's BwdServer, ApiServer,
 * QueueWorker and CronChecker.
 */
enum Role {
  /** The canvases' HTTP server (port 8000) and trace retention. */
  HTTP,
  /** The editor API (port 9000). */
  API,
  /** Queue workers: run emitted events and cron runs. */
  QUEUE,
  /** The cron scheduler: enqueues each cron's run when it is due. */
  CRON;

  static final Set<Role> ALL = EnumSet.allOf(Role.class);

  /** {@code "http,api,queue,cron"} in any order and case; throws with the valid names otherwise. */
  static Set<Role> parse(String text) {
    var roles = EnumSet.noneOf(Role.class);
    for (String part : text.split(",")) {
      String p = part.strip();
      if (p.isEmpty()) continue;
      try {
        roles.add(valueOf(p.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown role '" + p + "' (roles: http, api, queue, cron)");
      }
    }
    if (roles.isEmpty()) throw new IllegalArgumentException("no roles given (roles: http, api, queue, cron)");
    return roles;
  }
}
