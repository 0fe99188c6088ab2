package umbra.domain.testfile;

import umbra.domain.stdlib.Graphemes;
import java.text.Normalizer;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import umbra.domain.syntax.Ids;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.domain.value.Equality;
import umbra.domain.value.ErrorSource;
import umbra.domain.value.Repr;

/**
 * How a test's actual value is judged against its expected value (test-format.md 1.4): the
 * tolerant {@code =} of Dark's test harness (not Dark's {@code ==}), the exact {@code <>}, the
 * normalisation of a top-level error's source (step 7) and the canonical check (step 8).
 */
public final class TestComparison {
  private TestComparison() {}

  // Expecto's Accuracy.veryHigh
  private static final double ABSOLUTE = 1e-12;
  private static final double RELATIVE = 1e-9;

  /** The {@code =} of a test ({@code Expect.equalDval}): containers as Dark compares them, tolerant leaves. */
  public static boolean equal(Dval actual, Dval expected) {
    return Equality.structurally(actual, expected, TestComparison::leaf);
  }

  private static boolean leaf(Dval actual, Dval expected) {
    return switch (actual) {
      case DFloat a -> expected instanceof DFloat e && floats(a.value(), e.value());
      case DError a -> expected instanceof DError e && withoutV0(a.message()).equals(withoutV0(e.message()));
      case DIncomplete a -> expected instanceof DIncomplete;
      case DDate a -> expected instanceof DDate e
          && a.value().truncatedTo(ChronoUnit.SECONDS).equals(e.value().truncatedTo(ChronoUnit.SECONDS));
      case DLambda a -> expected instanceof DLambda e && lambdas(a, e);
      default -> actual.equals(expected);
    };
  }

  /** The {@code <>} of a test: plain structural inequality, no tolerance (Expect.notEqual). */
  public static boolean differ(Dval actual, Dval expected) { return !actual.equals(expected); }

  /** Step 7: a top-level error or blank forgets where it came from. */
  public static Dval normalize(Dval actual) {
    return switch (actual) {
      case DError e -> new DError(ErrorSource.NONE, e.message());
      case DIncomplete i -> Dval.INCOMPLETE;
      default -> actual;
    };
  }

  /**
   * Step 8: every string NFC-normalized, every character NFC-normalized and exactly one grapheme
   * cluster, throughout the value. Returns what is wrong, or empty when the value is canonical.
   */
  public static Optional<String> nonCanonical(Dval v) {
    return switch (v) {
      case DStr s -> nfc(s.value()) ? Optional.empty() : Optional.of("string not NFC-normalized: " + Repr.toRepr(s));
      case DChar c -> !nfc(c.value()) ? Optional.of("character not NFC-normalized: " + Repr.toRepr(c))
          : Graphemes.count(c.value()) != 1 ? Optional.of("character not one grapheme cluster: " + Repr.toRepr(c))
          : Optional.empty();
      case DList l -> first(l.items());
      case DTuple t -> first(t.elements());
      case DObj o -> first(List.copyOf(o.fields().values()));
      case DJust j -> nonCanonical(j.value());
      case DOk o -> nonCanonical(o.value());
      case DErr e -> nonCanonical(e.value());
      case DErrorRail r -> nonCanonical(r.value());
      case DRedirect r -> nfc(r.url()) ? Optional.empty() : Optional.of("redirect URL not NFC-normalized");
      case DResponse r -> r.headers().stream().allMatch(h -> nfc(h.name()) && nfc(h.value()))
          ? nonCanonical(r.body()) : Optional.of("response header not NFC-normalized");
      default -> Optional.empty();
    };
  }

  private static Optional<String> first(List<Dval> items) {
    for (Dval d : items) {
      Optional<String> problem = nonCanonical(d);
      if (problem.isPresent()) return problem;
    }
    return Optional.empty();
  }

  private static boolean nfc(String s) { return Normalizer.isNormalized(s, Normalizer.Form.NFC); }

  private static boolean floats(double a, double e) {
    if (Double.isNaN(a) || Double.isNaN(e)) return Double.isNaN(a) && Double.isNaN(e);
    if (Double.isInfinite(a) || Double.isInfinite(e)) return a == e;
    return Math.abs(a - e) <= ABSOLUTE + RELATIVE * Math.max(Math.abs(a), Math.abs(e));
  }

  /** Error texts are compared without version suffixes ("_v0"), as Dark's harness did. */
  private static String withoutV0(String message) { return message.replace("_v0", ""); }

  private static boolean lambdas(DLambda a, DLambda e) {
    return a.params().stream().map(p -> p.name()).toList().equals(e.params().stream().map(p -> p.name()).toList())
        && a.env().equals(e.env())
        && Ids.zeroed(a.body()).equals(Ids.zeroed(e.body()));
  }
}
