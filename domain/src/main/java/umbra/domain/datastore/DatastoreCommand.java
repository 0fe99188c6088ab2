package umbra.domain.datastore;

import java.util.List;
import umbra.domain.eval.EffectCommand;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.DObj;

/**
 * What a {@code DB::} function asks the storage to do, prepared and checked by the pure builtin
 * (the row type-checked, the query lambda compiled): the handler layer only runs it. Every
 * command names its datastore; the canvas is the performer's, so code reaches only its own
 * canvas's data.
 */
public sealed interface DatastoreCommand extends EffectCommand {

  Datastore store();

  /**
   * Upserts {@code row} under {@code key}. A null key asks for a fresh random key, which is then
   * the answer ({@code DB::add}); otherwise the answer is {@code result}.
   */
  record Write(Datastore store, String key, DObj row, Dval result) implements DatastoreCommand {}

  /** Reads the selected rows; {@link Answers#of} turns them into the function's result. */
  record Read(Datastore store, Selection selection, Shape shape) implements DatastoreCommand {}

  /** The number of selected rows, as an Int. */
  record Count(Datastore store, Selection selection) implements DatastoreCommand {}

  /** Deletes the row with this key, if any; answers null. */
  record Delete(Datastore store, String key) implements DatastoreCommand {}

  /** Deletes every row of the datastore; answers null. */
  record DeleteAll(Datastore store) implements DatastoreCommand {}

  /** Which rows a read or count is about. */
  sealed interface Selection {
    record All() implements Selection {}

    /** Rows with these keys; the answer follows the order of the list. */
    record Keys(List<String> keys) implements Selection {
      public Keys { keys = List.copyOf(keys); }
    }

    /** Rows containing all these fields with these values (jsonb containment). */
    record Matching(DObj fields) implements Selection {}

    /** Rows for which the compiled query lambda holds. */
    record Where(SqlFilter filter) implements Selection {}
  }

  /** The error a failure of the database becomes (and is reported as an exception). */
  /**
   * The error when PostgreSQL refuses a value for its size (a key beyond what its unique index
   * holds, about 2,700 bytes; a row beyond 255 MB): said plainly, not as a failed program.
   */
  default String tooLargeMessage() {
    return "The value is too large for the Datastore " + store().name() + " to store (a key may have at most about "
        + "2,700 bytes, a row 255 MB)";
  }

  default String failureMessage() {
    if (this instanceof Read r && r.selection() instanceof Selection.Where
        || this instanceof Count c && c.selection() instanceof Selection.Where) {
      return QueryCompiler.ERROR_TEMPLATE + "An error occurred while querying the Datastore";
    }
    return "An error occurred while accessing the Datastore " + store().name();
  }
}
