package umbra.testing;

import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A minimal property-test runner: checks a property on many generated values and, when one
 * fails, reports the seed that reproduces it ({@code -Dproperty.seed=N}).
 *
 * <p>Umbra does not use jqwik: since 1.10 its maintainers ask AI coding agents not to use it,
 * and much of this code is written with one. Generators are plain functions of a
 * {@link Random}, so a failing case is reproducible from its seed.
 */
public final class Property {
  private Property() {}

  public static final int DEFAULT_TRIES = 500;

  public static <T> void forAll(Function<Random, T> generator, Consumer<T> property) {
    forAll(DEFAULT_TRIES, generator, property);
  }

  public static <T> void forAll(int tries, Function<Random, T> generator, Consumer<T> property) {
    forAll(Long.getLong("property.seed", System.nanoTime()), tries, generator, property);
  }

  /**
   * From a fixed first seed, for fuzz tests in the normal run: the same cases every time, so a
   * failure is a regression and not a coin toss ({@code -Dproperty.seed} still overrides it).
   */
  public static <T> void forAll(long firstSeed, int tries, Function<Random, T> generator, Consumer<T> property) {
    long base = Long.getLong("property.seed", firstSeed);
    for (int i = 0; i < tries; i++) {
      long seed = base + i;
      T value = generator.apply(new Random(seed));
      try {
        property.accept(value);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("property failed for case #" + i + " (reproduce with -Dproperty.seed=" + seed
            + " and 1 try):\n" + value + "\n" + e.getMessage(), e);
      }
    }
  }
}
