package umbra.domain.syntax;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import umbra.domain.syntax.Expr.*;
import umbra.domain.syntax.Pattern.*;

/**
 * Prints an AST in the test syntax (language.md Part B) on one line, so that {@link Parser}
 * reads it back to the same tree up to ids. Parentheses are added by precedence (B.4);
 * {@code let}, {@code if}, {@code fun} and {@code match} extend to the right, so they are
 * parenthesised wherever something follows them. Negative numbers are always parenthesised
 * ({@code f (-5)}), which sidesteps F#'s {@code f -5} / {@code a - 5} rule.
 *
 * <p>Only trees the syntax can express come back unchanged; the property test lists them.
 * Not expressible: {@code EPipeTarget} outside a pipe step (printed {@code _}), right/left
 * partials (printed like {@code partial}), binary operators on the error rail or with a module.
 */
public final class Printer {

  private static final int OPEN = 0;   // let / if / fun / match
  private static final int ITEM = 1;   // anything but an open form
  private static final int PIPE_STEP = 4;
  private static final int APPLICATION = 7;
  private static final int ATOM = 8;

  private static final Set<String> KEYWORDS =
      Set.of("let", "in", "if", "then", "else", "fun", "match", "with", "true", "false", "null");
  private static final java.util.regex.Pattern PLAIN_NAME =
      java.util.regex.Pattern.compile("[\\p{L}_][\\p{L}\\p{Nd}_']*");

  private final StringBuilder out = new StringBuilder();

  private Printer() {}

  public static String print(Expr e) {
    Printer p = new Printer();
    p.expr(e, OPEN);
    return p.out.toString();
  }

  public static String print(Pattern pattern) {
    Printer p = new Printer();
    p.pattern(pattern, false);
    return p.out.toString();
  }

  /** {@code actual = expected} or {@code actual <> expected}: the outermost operator splits the test. */
  public static String print(TestCode test) {
    Printer p = new Printer();
    p.expr(test.actual(), 3);
    p.out.append(test.shouldEqual() ? " = " : " <> ");
    p.expr(test.expected(), 4);
    return p.out.toString();
  }

  // ---------------------------------------------------------------- expressions

  private void expr(Expr e, int minLevel) {
    boolean parens = level(e) < minLevel;
    if (parens) out.append('(');
    body(e);
    if (parens) out.append(')');
  }

  private static int level(Expr e) {
    return switch (e) {
      case ELet l -> OPEN;
      case EIf i -> OPEN;
      case ELambda l -> OPEN;
      case EMatch m -> OPEN;
      case EBinOp b -> Operators.level(b.op().function());
      case EPipe p -> 3;
      case EFnCall f -> f.args().isEmpty() && !(f.name() instanceof FnName.User) ? ATOM : APPLICATION;
      case EConstructor c -> c.args().isEmpty() ? ATOM : APPLICATION;
      case EFeatureFlag f -> APPLICATION;
      case EPartial p -> APPLICATION;
      default -> ATOM;
    };
  }

  private void body(Expr e) {
    switch (e) {
      case EInteger i -> integer(i.value());
      case EBool b -> out.append(b.value());
      case EString s -> quoted(s.value(), '"');
      case ECharacter c -> quoted(c.value(), '\'');
      case EFloat f -> number(f.negative(), f.whole() + "." + f.fraction());
      case ENull n -> out.append("null");
      case EBlank b -> out.append("blank");
      case ELet l -> let(l);
      case EIf i -> ifExpr(i);
      case EBinOp b -> binOp(b);
      case ELambda l -> lambda(l);
      case EFieldAccess f -> fieldAccess(f);
      case EVariable v -> name(v.name());
      case EFnCall f -> call(f, f.args());
      case EPartial p -> application("partial", List.of(new EString(0, p.text()), p.old()));
      case EList l -> sequence("[", l.items(), "; ", "]");
      case ETuple t -> tuple(t);
      case ERecord r -> record(r);
      case EPipe p -> pipe(p);
      case EConstructor c -> application(c.name(), c.args());
      case EMatch m -> match(m);
      case EPipeTarget t -> out.append('_');
      case EFeatureFlag f -> application("flag", List.of(new EString(0, f.name()), f.cond(), f.oldExpr(), f.newExpr()));
    }
  }

  private void let(ELet l) {
    out.append("let ");
    name(l.name());
    out.append(" = ");
    expr(l.rhs(), OPEN);
    out.append(" in ");
    expr(l.body(), OPEN);
  }

  private void ifExpr(EIf i) {
    out.append("if ");
    expr(i.cond(), ITEM);
    out.append(" then ");
    expr(i.thenExpr(), ITEM);
    out.append(" else ");
    expr(i.elseExpr(), OPEN);
  }

  /** Left-associative operators take an equal-level left operand; {@code ^} is the other way round. */
  private void binOp(EBinOp b) {
    int level = Operators.level(b.op().function());
    boolean right = b.op().function().equals(Operators.POWER);
    expr(b.left(), right ? level + 1 : level);
    out.append(' ').append(b.op().function()).append(' ');
    expr(b.right(), right ? level : level + 1);
  }

  /** A lambda directly in a lambda's body would be merged into it (B.3), hence the parentheses. */
  private void lambda(ELambda l) {
    out.append("fun");
    for (LambdaParam p : l.params()) {
      out.append(' ');
      fieldName(p.name());
    }
    out.append(" -> ");
    expr(l.body(), l.body() instanceof ELambda ? ATOM : OPEN);
  }

  /** {@code v.a.b} when the chain starts at a lowercase variable (an uppercase one would read as {@code Mod.fn}). */
  private void fieldAccess(EFieldAccess f) {
    Expr base = f.record();
    if (base instanceof EFieldAccess inner) fieldAccess(inner);
    else if (base instanceof EVariable v && isPlainName(v.name()) && Character.isLowerCase(v.name().charAt(0))) {
      out.append(v.name());
    } else {
      out.append('(');
      expr(base, OPEN);
      out.append(')');
    }
    out.append('.');
    fieldName(f.field());
  }

  /** A user function without arguments is called {@code links ()}: a bare name is a variable. */
  private void call(EFnCall f, List<Expr> args) {
    application(fnName(f.name(), f.rail()), args);
    if (args.isEmpty() && f.name() instanceof FnName.User) out.append(" ()");
  }

  private void application(String head, List<Expr> args) {
    out.append(head);
    for (Expr arg : args) {
      out.append(' ');
      expr(arg, ATOM);
    }
  }

  /** B.3 in reverse: {@code Mod.fn_vN_ster}, {@code Date.(<)}, {@code Test.Test.Test.fn}, {@code toString}. */
  public static String fnName(FnName name, Rail rail) {
    String ster = rail == Rail.RAIL ? "_ster" : "";
    return switch (name) {
      case FnName.Stdlib s when s.module().isEmpty() -> quotedName(s.function() + version(s.version()) + ster);
      case FnName.Stdlib s when Operators.level(s.function()) > 0 -> s.module() + ".(" + s.function() + ")";
      case FnName.Stdlib s -> s.module() + "." + s.function() + version(s.version()) + ster;
      case FnName.User u -> quotedName(u.name() + ster);
      case FnName.Package p -> "Test.Test.Test." + p.function() + ster;
    };
  }

  private static String version(int v) {
    return v == 0 ? "" : "_v" + v;
  }

  private void tuple(ETuple t) {
    out.append('(');
    expr(t.first(), ITEM);
    out.append(", ");
    expr(t.second(), ITEM);
    for (Expr e : t.rest()) {
      out.append(", ");
      expr(e, ITEM);
    }
    out.append(')');
  }

  private void sequence(String open, List<Expr> items, String separator, String close) {
    out.append(open);
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) out.append(separator);
      expr(items.get(i), ITEM);
    }
    out.append(close);
  }

  private void record(ERecord r) {
    if (r.fields().isEmpty()) {
      out.append("{}");
      return;
    }
    out.append("{ ");
    for (int i = 0; i < r.fields().size(); i++) {
      if (i > 0) out.append("; ");
      fieldName(r.fields().get(i).name());
      out.append(" = ");
      expr(r.fields().get(i).value(), ITEM);
    }
    out.append(" }");
  }

  /** A nested pipe on the left gets parentheses, otherwise it would merge into this one. */
  private void pipe(EPipe p) {
    expr(p.first(), p.first() instanceof EPipe ? ATOM : 3);
    for (Expr step : p.steps()) {
      out.append(" |> ");
      pipeStep(step);
    }
  }

  /** The pipe target is implicit: {@code f a} for {@code f(PIPE, a)}, {@code (op) b} for {@code PIPE op b}. */
  private void pipeStep(Expr step) {
    switch (step) {
      case EFnCall f when !f.args().isEmpty() && f.args().get(0) instanceof EPipeTarget ->
          call(f, f.args().subList(1, f.args().size()));
      case EBinOp b when b.left() instanceof EPipeTarget ->
          application("(" + b.op().function() + ")", List.of(b.right()));
      default -> expr(step, PIPE_STEP);
    }
  }

  /** Every case body but the last is parenthesised if open: a nested match would take the next cases. */
  private void match(EMatch m) {
    out.append("match ");
    expr(m.scrutinee(), ITEM);
    out.append(" with");
    for (int i = 0; i < m.cases().size(); i++) {
      MatchCase c = m.cases().get(i);
      out.append(" | ");
      pattern(c.pattern(), false);
      out.append(" -> ");
      expr(c.body(), i == m.cases().size() - 1 ? OPEN : ITEM);
    }
  }

  // ---------------------------------------------------------------- patterns

  private void pattern(Pattern p, boolean asArgument) {
    switch (p) {
      case MPVariable v -> name(v.name());
      case MPConstructor c -> constructorPattern(c, asArgument);
      case MPInteger i -> integer(i.value());
      case MPBool b -> out.append(b.value());
      case MPCharacter c -> quoted(c.value(), '\'');
      case MPString s -> quoted(s.value(), '"');
      case MPFloat f -> number(f.negative(), f.whole() + "." + f.fraction());
      case MPNull n -> out.append("null");
      case MPBlank b -> out.append("blank");
      case MPTuple t -> {
        out.append('(');
        pattern(t.first(), false);
        out.append(", ");
        pattern(t.second(), false);
        for (Pattern rest : t.rest()) {
          out.append(", ");
          pattern(rest, false);
        }
        out.append(')');
      }
    }
  }

  private void constructorPattern(MPConstructor c, boolean asArgument) {
    boolean parens = asArgument && !c.args().isEmpty();
    if (parens) out.append('(');
    name(c.name());
    for (Pattern arg : c.args()) {
      out.append(' ');
      pattern(arg, true);
    }
    if (parens) out.append(')');
  }

  // ---------------------------------------------------------------- literals and names

  /** Plain literals are F# int32; larger values need the {@code L} suffix (B.2). */
  private void integer(long value) {
    boolean int32 = value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
    number(value < 0, Long.toString(value).replace("-", "") + (int32 ? "" : "L"));
  }

  private void number(boolean negative, String digits) {
    out.append(negative ? "(-" + digits + ")" : digits);
  }

  /** Escapes what F# would misread; a lone surrogate (not a pair) is written as a backslash-u escape. */
  private void quoted(String value, char quote) {
    out.append(quote);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1));
      if (pair) {
        out.append(c).append(value.charAt(++i));
      } else {
        out.append(escape(c, quote));
      }
    }
    out.append(quote);
  }

  private static String escape(char c, char quote) {
    return switch (c) {
      case '\\' -> "\\\\";
      case '\n' -> "\\n";
      case '\t' -> "\\t";
      case '\r' -> "\\r";
      default -> c == quote ? "\\" + quote
          : c < 0x20 || c == 0x7F || Character.isSurrogate(c) ? String.format("\\u%04X", (int) c)
          : String.valueOf(c);
    };
  }

  private void name(String name) {
    out.append(quotedName(name));
  }

  /** {@code ___} is how the syntax writes the blank name (B.3). */
  private void fieldName(String name) {
    out.append(name.isEmpty() ? "___" : quotedName(name));
  }

  private static String quotedName(String name) {
    return isPlainName(name) ? name : "``" + name + "``";
  }

  private static boolean isPlainName(String name) {
    Matcher m = PLAIN_NAME.matcher(name);
    return m.matches() && !KEYWORDS.contains(name);
  }
}
