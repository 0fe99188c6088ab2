package umbra.handler.testing;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import umbra.domain.testfile.TestCase;

/**
 * What outlives a single test in a run: the owner account of every test canvas (Dark's seeded
 * user {@code test}) and the canvases created so far, found again by name.
 */
final class TestWorld {
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

  private final SecureRandom random;
  private final UUID userId;
  private final Map<String, UUID> canvases = new ConcurrentHashMap<>();

  TestWorld(SecureRandom random) {
    this.random = random;
    this.userId = randomUuid();
  }

  UUID userId() { return userId; }

  /** The id of the canvas with this name, created on first use. */
  UUID canvasId(String name) { return canvases.computeIfAbsent(name, n -> randomUuid()); }

  /**
   * A fresh canvas for a test (test-format.md 1.4 step 1): {@code ExactCanvasName} if given,
   * else {@code test-<name, lowercased, other runs as '-', at most 50 chars>-<5 random letters>}.
   */
  TestEffects.TestCanvas canvasFor(TestCase test) {
    String name = test.extras().exactCanvasName().orElseGet(() -> {
      String slug = test.name().toLowerCase(Locale.ROOT).replaceAll("[^-a-z0-9]+", "-");
      if (slug.length() > 50) slug = slug.substring(0, 50);
      var suffix = new StringBuilder();
      for (int i = 0; i < 5; i++) suffix.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
      return "test-" + slug + "-" + suffix;
    });
    return new TestEffects.TestCanvas(name, canvasId(name));
  }

  private UUID randomUuid() {
    return new UUID(random.nextLong() & 0xffffffffffff0fffL | 0x4000L, random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L);
  }
}
