package umbra.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Everything the app logs at INFO and above while it is open, whatever the test logging configuration
 * says: each event as the line it makes (its message, and its exception's class and message).
 */
public final class CapturedLogs implements AutoCloseable {
  private final ListAppender<ILoggingEvent> events = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private final Level level = root.getLevel();

  public CapturedLogs() {
    events.start();
    root.setLevel(Level.INFO);
    root.addAppender(events);
  }

  /** The lines logged so far. */
  public List<String> lines() {
    synchronized (events) {
      return events.list.stream().map(CapturedLogs::line).toList();
    }
  }

  private static String line(ILoggingEvent e) {
    IThrowableProxy thrown = e.getThrowableProxy();
    return thrown == null ? e.getFormattedMessage()
        : e.getFormattedMessage() + " " + thrown.getClassName() + ": " + thrown.getMessage();
  }

  @Override public void close() {
    root.detachAppender(events);
    root.setLevel(level);
  }
}
