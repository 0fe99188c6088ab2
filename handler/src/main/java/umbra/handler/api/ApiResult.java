package umbra.handler.api;

import java.util.function.Function;

/** The answer of an API operation: a body to send, or a problem and one sentence saying why. */
public sealed interface ApiResult<T> {
  record Ok<T>(T value) implements ApiResult<T> {}

  record Failed<T>(Problem problem, String message) implements ApiResult<T> {}

  static <T> ApiResult<T> ok(T value) { return new Ok<>(value); }

  static <T> ApiResult<T> failed(Problem problem, String message) { return new Failed<>(problem, message); }

  default <R> ApiResult<R> then(Function<T, ApiResult<R>> next) {
    return switch (this) {
      case Ok<T> ok -> next.apply(ok.value());
      case Failed<T> f -> new Failed<>(f.problem(), f.message());
    };
  }

  default <R> ApiResult<R> map(Function<T, R> f) {
    return then(v -> ok(f.apply(v)));
  }
}
