package umbra.handler.datastore;

import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import umbra.domain.datastore.Answers;
import umbra.domain.datastore.DatastoreCommand;
import umbra.domain.eval.EffectRequest;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.DInt;
import umbra.domain.value.Dval.DStr;
import umbra.handler.effects.EffectPerformer;
import umbra.handler.storage.LoggedErrors;

/**
 * Answers the {@code DB::} effects of one canvas's code against {@link UserData}: the builtin
 * prepared a {@link DatastoreCommand}, this runs it and answers with the function's result. A
 * failure of the database becomes the command's Dark error (the builtin reports it), never an
 * exception out of the evaluation.
 */
public final class DatastoreEffects implements EffectPerformer {
  private static final Logger LOG = LoggerFactory.getLogger(DatastoreEffects.class);

  private final UserData data;
  private final UUID canvas;

  public DatastoreEffects(UserData data, UUID canvas) {
    this.data = data;
    this.canvas = canvas;
  }

  @Override
  public Optional<Dval> perform(EffectRequest request) {
    if (!(request.command() instanceof DatastoreCommand command)) return Optional.empty();
    try {
      return Optional.of(run(command));
    } catch (RuntimeException e) {
      LOG.warn("{} on datastore {} of canvas {} failed: {}", request.function(), command.store().name(), canvas,
          LoggedErrors.oneLine(e));
      return Optional.of(Dval.error(tooLarge(e) ? command.tooLargeMessage() : command.failureMessage()));
    }
  }

  private Dval run(DatastoreCommand command) {
    return switch (command) {
      case DatastoreCommand.Write w -> {
        String key = w.key() != null ? w.key() : UUID.randomUUID().toString();
        data.upsert(canvas, w.store(), key, w.row());
        yield w.key() != null ? w.result() : new DStr(key);
      }
      case DatastoreCommand.Read r -> Answers.of(r, data.read(canvas, r.store(), r.selection(), r.shape().rowsNeeded()));
      case DatastoreCommand.Count c -> new DInt(data.count(canvas, c.store(), c.selection()));
      case DatastoreCommand.Delete d -> {
        data.delete(canvas, d.store(), d.key());
        yield Dval.NULL;
      }
      case DatastoreCommand.DeleteAll d -> {
        data.deleteAll(canvas, d.store());
        yield Dval.NULL;
      }
    };
  }

  /** PostgreSQL's program_limit_exceeded (54000): an index row or a jsonb value over its size limit. */
  private static boolean tooLarge(Throwable e) {
    int depth = 0;
    for (Throwable t = e; t != null && depth < 32; t = t.getCause(), depth++) {
      if (t instanceof java.sql.SQLException s && "54000".equals(s.getSQLState())) return true;
    }
    return false;
  }
}
