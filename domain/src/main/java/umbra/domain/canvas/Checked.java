package umbra.domain.canvas;

import java.util.function.Function;

/**
 * The result of a step that a user's request can make fail: a value, or a rejection with the
 * reason the editor shows ("DB must have a name"). A user's mistake is a value, never an exception.
 */
public sealed interface Checked<T> {
  record Ok<T>(T value) implements Checked<T> {}

  record Rejected<T>(String reason) implements Checked<T> {}

  static <T> Checked<T> ok(T value) { return new Ok<>(value); }

  static <T> Checked<T> rejected(String reason) { return new Rejected<>(reason); }

  default <R> Checked<R> flatMap(Function<T, Checked<R>> next) {
    return switch (this) {
      case Ok<T> ok -> next.apply(ok.value());
      case Rejected<T> r -> new Rejected<>(r.reason());
    };
  }

  default <R> Checked<R> map(Function<T, R> f) {
    return flatMap(v -> ok(f.apply(v)));
  }
}
