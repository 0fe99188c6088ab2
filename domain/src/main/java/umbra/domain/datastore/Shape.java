package umbra.domain.datastore;

/**
 * How the rows a read found become the function's result, one per family of {@code DB::}
 * functions (their versions differ mostly here).
 */
public enum Shape {
  /** {@code Just row} for the first row, else {@code Nothing} (a get by key). */
  OPTION,
  /** The rows' values. */
  LIST,
  /** {@code [[key, value], ...]}: the old functions' pairs. */
  PAIRS,
  /** A Dict from key to value. */
  DICT,
  /** The keys. */
  KEYS,
  /** {@code Just [values]} when every requested key exists, else {@code Nothing}. */
  ALL_OR_NOTHING,
  /** {@code Just value} when exactly one row matched, else {@code Nothing}. */
  ONE,
  /** {@code Just [key, value]} when exactly one row matched. */
  ONE_PAIR,
  /** {@code Just {key: value}} when exactly one row matched. */
  ONE_DICT;

  /** At most this many rows are needed to answer (0: all of them). */
  public int rowsNeeded() {
    return switch (this) {
      case OPTION -> 1;
      case ONE, ONE_PAIR, ONE_DICT -> 2;
      default -> 0;
    };
  }
}
