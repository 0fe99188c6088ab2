package umbra.domain.stdlib;

import java.util.List;
import umbra.domain.value.Dval.DPassword;

/**
 * The Password module. Hashing is salted (random) and checking is argon2 work, so both are
 * effects: the builtin checks its arguments and the handler answers with libsodium-compatible
 * argon2id results (HELPERS.md effect contracts).
 */
final class PasswordFunctions {
  private PasswordFunctions() {}

  static void register(Registry.Builder r) {
    r.fn("Password::hash_v0", "password: Str -> Password", "Salted argon2 hash of a string.")
        .purity(Builtin.Purity.IMPURE)
        .stepping((ctx, a) -> {
          a.meter().scanText(a.str(0).length()); // hashed by the caller, but on this evaluation's behalf
          return ctx.perform(List.of(a.get(0)));
        });
    r.fn("Password::check_v0", "password: Password, rawPassword: Str -> Bool",
            "Whether the raw string matches the Password hash.")
        .purity(Builtin.Purity.IMPURE)
        .stepping((ctx, a) -> {
          a.as(0, DPassword.class);
          a.meter().scanText(a.str(1).length());
          return ctx.perform(List.of(a.get(0), a.get(1)));
        });
  }
}
