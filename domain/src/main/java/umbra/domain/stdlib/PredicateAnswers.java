package umbra.domain.stdlib;

import umbra.domain.eval.Step;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;

/**
 * How a filter-like builtin reads the answer of its Bool lambda. The versions differ only in
 * which fake answers stop the loop and become the builtin's result (language.md A.7.20); any
 * other non-Bool answer is the "Expected `fn` to return a Bool" error.
 */
enum PredicateAnswers {
  /** The v0 functions: a blank answer counts as false; every other non-Bool is a type error. */
  BLANK_IS_FALSE,
  /** {@code List::filter_v1}: a blank or error-rail answer stops; a DError is a type error. */
  BLANK_OR_RAIL_STOPS,
  /** The current versions: any fake answer stops the loop and is returned. */
  ANY_FAKE_STOPS;

  /**
   * Null when the loop goes on (the answer is a Bool, or a blank read as false); otherwise the
   * Step that ends it. Throws the type error for any other answer.
   */
  Step stopFor(Dval answer) {
    if (answer instanceof DBool) return null;
    if (stops(answer)) return Step.value(answer);
    if (this == BLANK_IS_FALSE && answer instanceof DIncomplete) return null;
    throw Errors.fail(Errors.fnReturnedWrongType("fn", "Bool", answer));
  }

  private boolean stops(Dval answer) {
    return switch (this) {
      case BLANK_IS_FALSE -> false;
      case BLANK_OR_RAIL_STOPS -> answer instanceof DIncomplete || answer instanceof DErrorRail;
      case ANY_FAKE_STOPS -> answer.isFake();
    };
  }

  /** Whether a (non-stopping) answer keeps the element. */
  static boolean isTrue(Dval answer) {
    return answer instanceof DBool b && b.value();
  }

  /**
   * The Option lambda of {@code filterMap}: Just and Nothing go on, a fake answer stops, any
   * other answer is the "Expected `fn` to return a Option" error.
   */
  static Step stopForOption(Dval answer) {
    if (answer instanceof DOption) return null;
    if (answer.isFake()) return Step.value(answer);
    throw Errors.fail(Errors.fnReturnedWrongType("fn", "Option", answer));
  }
}
