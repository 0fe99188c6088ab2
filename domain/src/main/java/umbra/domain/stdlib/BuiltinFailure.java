package umbra.domain.stdlib;

import umbra.domain.value.Dval;

/**
 * The ways a builtin stops early. They are exceptions only inside a builtin's body; the
 * interpreter turns each into a Dark value at the call site (language.md A.7.9 step 5).
 */
public abstract sealed class BuiltinFailure extends RuntimeException {
  private BuiltinFailure(String message) {
    super(message, null, false, false);
  }

  /** The arguments do not fit the signature: becomes a "was called with a X" error. */
  public static final class IncorrectArgs extends BuiltinFailure {
    public IncorrectArgs() { super("incorrect arguments"); }
  }

  /** A user-facing failure with a message the program's author should read. */
  public static final class UserError extends BuiltinFailure {
    public UserError(String message) { super(message); }
  }

  /**
   * A user-facing failure that is also reported as an exception, like Dark's failures that the
   * query compiler or the database raised: the message becomes the result, and test runners
   * count it with the unexpected exceptions.
   */
  public static final class Reported extends BuiltinFailure {
    public Reported(String message) { super(message); }
  }

  /** A fake value (error, blank, error rail) met while computing; it becomes the result. */
  public static final class FakeValueFound extends BuiltinFailure {
    private final transient Dval value;

    public FakeValueFound(Dval value) {
      super("fake value");
      this.value = value;
    }

    public Dval value() { return value; }
  }
}
