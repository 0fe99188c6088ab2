package umbra.domain.syntax;

import java.util.function.Function;

/** The result of reading text: a value, or the first error found. Parse errors never escape as exceptions. */
public sealed interface Parsed<T> {

  record Ok<T>(T value) implements Parsed<T> {}

  record Failed<T>(ParseError error) implements Parsed<T> {}

  default <R> Parsed<R> map(Function<T, R> f) {
    return switch (this) {
      case Ok<T> ok -> new Ok<>(f.apply(ok.value()));
      case Failed<T> failed -> new Failed<>(failed.error());
    };
  }

  /** For callers that only accept valid text (tests, built-in snippets): the value, or an exception naming the error. */
  default T orElseThrow() {
    return switch (this) {
      case Ok<T> ok -> ok.value();
      case Failed<T> failed -> throw new IllegalArgumentException(failed.error().toString());
    };
  }
}
