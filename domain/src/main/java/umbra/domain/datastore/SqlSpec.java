package umbra.domain.datastore;

import java.util.List;
import java.util.function.BinaryOperator;

/**
 * How a builtin function is written in SQL inside a compiled query (Dark's {@code sqlSpec}):
 * arguments are already SQL fragments.
 */
sealed interface SqlSpec {
  /** {@code (a op b)} */
  record BinOp(String op) implements SqlSpec {}

  /** {@code (op a)} */
  record UnaryOp(String op) implements SqlSpec {}

  /** {@code (name(a, b, ...))} */
  record Function(String name) implements SqlSpec {}

  /** {@code (name (fixed..., a, ...))} */
  record PrefixArgs(String name, List<String> fixed) implements SqlSpec {}

  /** {@code (name (a, ..., fixed...))} */
  record SuffixArgs(String name, List<String> fixed) implements SqlSpec {}

  /** Any other two-argument form. */
  record Callback2(BinaryOperator<String> write) implements SqlSpec {}

  /** The SQL for a call with these argument fragments, or null when the arity does not fit. */
  default String write(List<String> args) {
    return switch (this) {
      case BinOp b -> args.size() == 2 ? "(" + args.get(0) + " " + b.op() + " " + args.get(1) + ")" : null;
      case UnaryOp u -> args.size() == 1 ? "(" + u.op() + " " + args.get(0) + ")" : null;
      case Function f -> "(" + f.name() + "(" + String.join(", ", args) + "))";
      case PrefixArgs p -> "(" + p.name() + " (" + String.join(", ", concat(p.fixed(), args)) + "))";
      case SuffixArgs s -> "(" + s.name() + " (" + String.join(", ", concat(args, s.fixed())) + "))";
      case Callback2 c -> args.size() == 2 ? "(" + c.write().apply(args.get(0), args.get(1)) + ")" : null;
    };
  }

  private static List<String> concat(List<String> a, List<String> b) {
    var all = new java.util.ArrayList<String>(a);
    all.addAll(b);
    return all;
  }
}
