package umbra.handler.effects;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import umbra.domain.eval.EffectRequest;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;

/**
 * The real world behind the standard library's effects: a clock, a secure random source and
 * password hashing. The answer contracts are those the builtins document (clock in UTC,
 * inclusive random ranges, letters and digits for random strings).
 */
public final class StdlibEffects implements EffectPerformer {
  private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  private final Clock clock;
  private final SecureRandom random;
  private final PasswordHasher passwords;

  public StdlibEffects(Clock clock, SecureRandom random) {
    this.clock = clock;
    this.random = random;
    this.passwords = new PasswordHasher(random);
  }

  public static StdlibEffects real() { return new StdlibEffects(Clock.systemUTC(), new SecureRandom()); }

  /**
   * The builtins validate their arguments before asking; a request that still carries the wrong
   * kinds is a bug in a builtin, answered with a Dark error rather than an exception.
   */
  @Override
  public Optional<Dval> perform(EffectRequest request) {
    try {
      return answer(request);
    } catch (ClassCastException | IndexOutOfBoundsException | IllegalArgumentException e) {
      return Optional.of(Dval.error("Internal error: " + request.function() + " asked for an effect with invalid arguments"));
    }
  }

  private Optional<Dval> answer(EffectRequest request) {
    var args = request.args();
    String name = request.function().module() + "::" + request.function().function();
    return Optional.ofNullable(switch (name) {
      case "Date::now" -> new DDate(LocalDateTime.now(clock));
      case "Date::today" -> new DDate(LocalDateTime.now(clock).truncatedTo(ChronoUnit.DAYS));
      case "Int::random" -> new DInt(between(((DInt) args.get(0)).value(), ((DInt) args.get(1)).value()));
      case "String::random" -> new DStr(randomString((int) ((DInt) args.get(0)).value()));
      case "List::randomElement" -> new DInt(random.nextLong(((DInt) args.get(0)).value()));
      case "Uuid::generate" -> new DUuid(randomUuid());
      case "DB::generateKey" -> new DStr(randomUuid().toString());
      case "Password::hash" -> new DPassword(passwords.hash(((DStr) args.get(0)).value()));
      case "Password::check" -> DBool.of(passwords.check(((DPassword) args.get(0)).hash(), ((DStr) args.get(1)).value()));
      default -> null;
    });
  }

  private long between(long lo, long hi) {
    if (hi == Long.MAX_VALUE && lo == Long.MIN_VALUE) return random.nextLong();
    return hi == Long.MAX_VALUE ? random.nextLong(lo - 1, hi) + 1 : random.nextLong(lo, hi + 1);
  }

  private String randomString(int length) {
    var sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) sb.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
    return sb.toString();
  }

  private UUID randomUuid() {
    byte[] b = new byte[16];
    random.nextBytes(b);
    b[6] = (byte) ((b[6] & 0x0f) | 0x40); // version 4
    b[8] = (byte) ((b[8] & 0x3f) | 0x80); // IETF variant
    long hi = 0;
    long lo = 0;
    for (int i = 0; i < 8; i++) hi = (hi << 8) | (b[i] & 0xff);
    for (int i = 8; i < 16; i++) lo = (lo << 8) | (b[i] & 0xff);
    return new UUID(hi, lo);
  }
}
