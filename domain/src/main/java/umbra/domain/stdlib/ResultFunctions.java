package umbra.domain.stdlib;

import java.util.List;
import java.util.function.Function;
import umbra.domain.eval.Step;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.DErr;
import umbra.domain.value.Dval.DOk;
import umbra.domain.value.Dval.DResult;
import umbra.domain.value.Dval.DStr;

/**
 * The Result module. The v0 functions wrap whatever they produce (even an error) in Ok/Error/Just;
 * their successors use {@code Dval.ok/err/just}, so a fake payload replaces the result (A.6).
 */
final class ResultFunctions {
  private ResultFunctions() {}

  private static final String FN_OK = "fn: Fn<('ok) -> 'b>[val]";
  private static final String RESULT = "result: Result<'ok, 'err>";

  static void register(Registry.Builder r) {
    mapping(r);
    conversions(r);
    r.fn("Result::withDefault_v0", RESULT + ", default: 'b -> 'b", "The value inside Ok, else the default")
        .plain(a -> a.result(0) instanceof DOk ok ? ok.value() : a.get(1));
    r.fn("Result::andThen_v0", RESULT + ", " + FN_OK + " -> Result<'b, 'err>", "Applies fn, which returns a Result, to the value inside Ok")
        .deprecated("ReplacedBy Result::andThen_v1").rail()
        .stepping((ctx, a) -> onOk(a.result(0), a.fn(1), result -> mustBeResult(result, false)));
    r.fn("Result::andThen_v1", RESULT + ", " + FN_OK + " -> Result<'ok, 'err>", "Applies fn, which returns a Result, to the value inside Ok")
        .rail().stepping((ctx, a) -> onOk(a.result(0), a.fn(1), result -> mustBeResult(result, true)));
  }

  private static void mapping(Registry.Builder r) {
    r.fn("Result::map_v0", RESULT + ", " + FN_OK + " -> Result<'b, 'err>", "Applies fn to the value inside Ok")
        .deprecated("ReplacedBy Result::map_v1").rail()
        .stepping((ctx, a) -> onOk(a.result(0), a.fn(1), DOk::new));
    r.fn("Result::map_v1", RESULT + ", " + FN_OK + " -> Result<'b, 'err>", "Applies fn to the value inside Ok")
        .rail().stepping((ctx, a) -> onOk(a.result(0), a.fn(1), Dval::ok));
    r.fn("Result::mapError_v0", RESULT + ", " + FN_OK + " -> Result<'b, 'err>", "Applies fn to the value inside Error")
        .deprecated("ReplacedBy Result::mapError_v1").rail()
        .stepping((ctx, a) -> onError(a.result(0), a.fn(1), DErr::new));
    r.fn("Result::mapError_v1", RESULT + ", " + FN_OK + " -> Result<'b, 'err>", "Applies fn to the value inside Error")
        .rail().stepping((ctx, a) -> onError(a.result(0), a.fn(1), Dval::err));
    r.fn("Result::map2_v0", "result1: Result<'a, 'err>, result2: Result<'b, 'err>, fn: Fn<('a, 'b) -> 'c>[v1,v2] -> Result<'c, 'err>",
            "Applies fn to both values when both are Ok, else the first Error")
        .rail().stepping((ctx, a) -> map2(a.result(0), a.result(1), a.fn(2)));
  }

  private static void conversions(Registry.Builder r) {
    r.fn("Result::fromOption_v0", "option: Option<'ok>, error: Str -> Result<'b, Str>", "Just v becomes Ok v, Nothing becomes Error error")
        .deprecated("ReplacedBy Result::fromOption_v1").rail()
        .plain(a -> fromOption(a.option(0), new DStr(a.str(1)), DOk::new));
    r.fn("Result::fromOption_v1", "option: Option<'ok>, error: Str -> Result<'b, Str>", "Just v becomes Ok v, Nothing becomes Error error")
        .deprecated("ReplacedBy Result::fromOption_v2").rail()
        .plain(a -> fromOption(a.option(0), new DStr(a.str(1)), Dval::ok));
    r.fn("Result::fromOption_v2", "option: Option<'ok>, error: 'err -> Result<'ok, 'err>", "Just v becomes Ok v, Nothing becomes Error error")
        .rail().plain(a -> fromOption(a.option(0), a.get(1), Dval::ok));
    r.fn("Result::toOption_v0", RESULT + " -> Option<'b>", "Ok v becomes Just v, Error becomes Nothing")
        .deprecated("ReplacedBy Result::toOption_v1").rail()
        .plain(a -> a.result(0) instanceof DOk ok ? new Dval.DJust(ok.value()) : Dval.NOTHING);
    r.fn("Result::toOption_v1", RESULT + " -> Option<'b>", "Ok v becomes Just v, Error becomes Nothing")
        .rail().plain(a -> a.result(0) instanceof DOk ok ? Dval.just(ok.value()) : Dval.NOTHING);
  }

  private static Step onOk(DResult result, Dval fn, Function<Dval, Dval> wrap) {
    if (!(result instanceof DOk ok)) return Step.value(result);
    return Step.call(fn, List.of(ok.value()), out -> Step.value(wrap.apply(out)));
  }

  private static Step onError(DResult result, Dval fn, Function<Dval, Dval> wrap) {
    if (!(result instanceof DErr err)) return Step.value(result);
    return Step.call(fn, List.of(err.value()), out -> Step.value(wrap.apply(out)));
  }

  private static Step map2(DResult first, DResult second, Dval fn) {
    if (first instanceof DErr) return Step.value(first);
    if (second instanceof DErr) return Step.value(second);
    var a = (DOk) first;
    var b = (DOk) second;
    return Step.call(fn, List.of(a.value(), b.value()), out -> Step.value(Dval.ok(out)));
  }

  private static Dval fromOption(Dval.DOption option, Dval error, Function<Dval, Dval> wrapOk) {
    return option instanceof Dval.DJust j ? wrapOk.apply(j.value()) : new DErr(error);
  }

  /**
   * Anything but a Result (fake values included) is the lambda's mistake. v1 re-wraps the payload
   * with {@code Dval.ok/err}, so {@code Ok <error>} becomes that error.
   */
  private static Dval mustBeResult(Dval result, boolean propagateFakes) {
    return switch (result) {
      case DOk ok when propagateFakes -> Dval.ok(ok.value());
      case DErr err when propagateFakes -> Dval.err(err.value());
      case DResult r -> r;
      default -> throw Errors.fail(Errors.fnReturnedWrongType("fn", "Result", result));
    };
  }
}
