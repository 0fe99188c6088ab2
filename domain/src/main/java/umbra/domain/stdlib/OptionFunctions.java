package umbra.domain.stdlib;

import java.util.List;
import umbra.domain.eval.Step;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.DJust;
import umbra.domain.value.Dval.DOption;

/**
 * The Option module. v0 of map wraps whatever the lambda returns (even an error) in Just; later
 * functions use {@code Dval.just}, so a fake result replaces the option (language.md A.6).
 */
final class OptionFunctions {
  private OptionFunctions() {}

  static void register(Registry.Builder r) {
    r.fn("Option::map_v0", "option: Option<'a>, fn: Fn<('a) -> 'b>[val] -> Option<'b>", "Applies fn to the value inside Just")
        .deprecated("ReplacedBy Option::map_v1").rail()
        .stepping((ctx, a) -> onJust(a.option(0), a.fn(1), DJust::new));
    r.fn("Option::map_v1", "option: Option<'a>, fn: Fn<('a) -> 'b>[val] -> Option<'b>", "Applies fn to the value inside Just")
        .rail().stepping((ctx, a) -> onJust(a.option(0), a.fn(1), Dval::just));
    r.fn("Option::map2_v0", "option1: Option<'a>, option2: Option<'b>, fn: Fn<('a, 'b) -> 'c>[v1,v2] -> Option<'c>",
            "Applies fn to both values when both are Just")
        .rail().stepping((ctx, a) -> map2(a.option(0), a.option(1), a.fn(2)));
    r.fn("Option::andThen_v0", "option: Option<'a>, fn: Fn<(Option<'a>) -> Option<'b>>[val] -> Option<'b>",
            "Applies fn, which returns an Option, to the value inside Just")
        .rail().stepping((ctx, a) -> onJust(a.option(0), a.fn(1), OptionFunctions::mustBeOption));
    r.fn("Option::withDefault_v0", "option: Option<'a>, default: 'a -> 'a", "The value inside Just, else the default")
        .plain(a -> a.option(0) instanceof DJust j ? j.value() : a.get(1));
  }

  private static Step onJust(DOption option, Dval fn, java.util.function.Function<Dval, Dval> wrap) {
    if (!(option instanceof DJust j)) return Step.value(Dval.NOTHING);
    return Step.call(fn, List.of(j.value()), result -> Step.value(wrap.apply(result)));
  }

  private static Step map2(DOption first, DOption second, Dval fn) {
    if (first instanceof DJust a && second instanceof DJust b) {
      return Step.call(fn, List.of(a.value(), b.value()), result -> Step.value(Dval.just(result)));
    }
    return Step.value(Dval.NOTHING);
  }

  /** Any other result, fake values included, is the lambda's mistake. */
  private static Dval mustBeOption(Dval result) {
    if (result instanceof DOption) return result;
    throw Errors.fail(Errors.fnReturnedWrongType("fn", "Option", result));
  }
}
