package umbra.domain.syntax;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
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
 *
 * <p>{@link #format} lays the same text out over lines as a person would write it, within a
 * width: what fits stays on one line; {@code let ... in} bindings, {@code match} cases and pipe
 * steps go one per line, {@code if}, lambdas, records, lists, tuples, operator chains and
 * applications break when too long. The layout keeps to what the parser's offside rule reads
 * back as the same tree: every line starts right of the innermost {@code let} or list/record
 * item being read (operators, {@code in}, {@code then}, {@code else} and {@code |} may start at
 * that column), and a {@code |} sits at its own {@code match}'s column, right of every
 * enclosing one.
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

  /** The width {@link #format} keeps to where it can (a long name or string can exceed it). */
  public static final int WIDTH = 100;

  private final StringBuilder out = new StringBuilder();
  private final int width;
  /** Whether what is being printed fits, so that nothing inside breaks. */
  private boolean flat;
  /** Where a continuation line of the construct being printed starts (spaces before it). */
  private int indent;
  private int lineStart;
  private final Map<Expr, Integer> flatWidths = new IdentityHashMap<>();

  private Printer() {
    this(Integer.MAX_VALUE);
    flat = true;
  }

  private Printer(int width) {
    this.width = width;
  }

  /** On one line. */
  public static String print(Expr e) {
    Printer p = new Printer();
    p.expr(e, OPEN);
    return p.out.toString();
  }

  /** Over lines, within {@link #WIDTH} columns where it can. */
  public static String format(Expr e) {
    return format(e, WIDTH);
  }

  public static String format(Expr e, int width) {
    Printer p = new Printer(width);
    p.block(e, OPEN);
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
    if (flat || fits(e, 0)) flat(() -> body(e));
    else broken(e);
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
    if (!flat && !args.isEmpty() && !fits(p -> p.application(head, args), 0)) {
      brokenApplication(head, args);
      return;
    }
    flat(() -> {
      out.append(head);
      for (Expr arg : args) {
        out.append(' ');
        expr(arg, ATOM);
      }
    });
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

  // ---------------------------------------------------------------- layout over lines

  /** Where a line starts with {@code e}: a let, a match or a pipe of several steps always breaks. */
  private void block(Expr e, int minLevel) {
    if (!flat && level(e) >= minLevel && breaksAtLineStart(e)) broken(e);
    else expr(e, minLevel);
  }

  private static boolean breaksAtLineStart(Expr e) {
    return switch (e) {
      case ELet l -> true;
      case EMatch m -> true;
      case EPipe p -> p.steps().size() > 1;
      case EIf i -> ownLine(i.thenExpr()) || ownLine(i.elseExpr())
          || i.elseExpr() instanceof EIf elseIf && breaksAtLineStart(elseIf);
      case ELambda l -> ownLine(l.body());
      default -> false;
    };
  }

  /** Lets and matches get lines of their own inside a broken construct. */
  private static boolean ownLine(Expr e) {
    return e instanceof ELet || e instanceof EMatch;
  }

  private void broken(Expr e) {
    switch (e) {
      case ELet l -> brokenLet(l);
      case EIf i -> hanging(() -> brokenIf(i, column()));
      case EMatch m -> hanging(() -> brokenMatch(m));
      case ELambda l -> brokenLambda(l);
      case EPipe p -> hanging(() -> brokenPipe(p));
      case EBinOp b -> hanging(() -> brokenBinOp(b));
      case EList l when !l.items().isEmpty() -> hanging(() -> brokenItems(l.items()));
      case ERecord r when !r.fields().isEmpty() -> hanging(() -> brokenRecord(r));
      case ETuple t -> hanging(() -> brokenTuple(t));
      default -> body(e);
    }
  }

  /**
   * {@code let x = rhs in} and the body below, at the let's column; a long rhs goes on its own
   * lines, indented, with {@code in} below it.
   */
  private void brokenLet(ELet l) {
    hanging(() -> {
      int start = column();
      out.append("let ");
      name(l.name());
      out.append(" =");
      if (!ownLine(l.rhs()) && fits(l.rhs(), 1 + " in".length())) {
        out.append(' ');
        expr(l.rhs(), OPEN);
        out.append(" in");
      } else {
        indented(2, () -> block(l.rhs(), OPEN));
        newline(start);
        out.append("in");
      }
      newline(start);
      block(l.body(), OPEN);
    });
  }

  /** {@code if c then}, the branch indented, {@code else} (or {@code else if}) and the other branch. */
  private void brokenIf(EIf i, int start) {
    out.append("if ");
    expr(i.cond(), ITEM);
    out.append(" then");
    indented(2, () -> block(i.thenExpr(), OPEN));
    newline(start);
    out.append("else");
    if (i.elseExpr() instanceof EIf elseIf) {
      out.append(' ');
      brokenIf(elseIf, start);
    } else {
      indented(2, () -> block(i.elseExpr(), OPEN));
    }
  }

  /**
   * One case per line, its {@code |} at the match's column. A body on its own line needs no
   * parentheses even before another case: a nested match there sits right of this one's column,
   * so the next {@code |} is not its.
   */
  private void brokenMatch(EMatch m) {
    int start = column();
    out.append("match ");
    expr(m.scrutinee(), ITEM);
    out.append(" with");
    for (int i = 0; i < m.cases().size(); i++) {
      MatchCase c = m.cases().get(i);
      int level = i == m.cases().size() - 1 ? OPEN : ITEM;
      newline(start);
      out.append("| ");
      pattern(c.pattern(), false);
      out.append(" ->");
      if (!ownLine(c.body()) && fits(c.body(), level, 1)) {
        out.append(' ');
        expr(c.body(), level);
      } else {
        indented(4, () -> block(c.body(), OPEN));
      }
    }
  }

  /** {@code fun x ->} and the body on the next line, indented from the line the lambda is on. */
  private void brokenLambda(ELambda l) {
    out.append("fun");
    for (LambdaParam p : l.params()) {
      out.append(' ');
      fieldName(p.name());
    }
    out.append(" ->");
    indented(2, () -> block(l.body(), l.body() instanceof ELambda ? ATOM : OPEN));
  }

  /** One step per line, {@code |>} at the column the pipe starts. */
  private void brokenPipe(EPipe p) {
    int start = column();
    expr(p.first(), p.first() instanceof EPipe ? ATOM : 3);
    for (Expr step : p.steps()) {
      newline(start);
      out.append("|> ");
      pipeStep(step);
    }
  }

  /** A chain of one left-associative operator, one operand per line after the first. */
  private void brokenBinOp(EBinOp b) {
    int start = column();
    String op = b.op().function();
    int level = Operators.level(op);
    if (op.equals(Operators.POWER)) {
      expr(b.left(), level + 1);
      newline(start);
      out.append(op).append(' ');
      expr(b.right(), level);
      return;
    }
    List<EBinOp> chain = new ArrayList<>();
    Expr left = b;
    while (left instanceof EBinOp x && !x.op().function().equals(Operators.POWER)
        && Operators.level(x.op().function()) == level) {
      chain.add(0, x);
      left = x.left();
    }
    expr(left, level);
    for (EBinOp x : chain) {
      newline(start);
      out.append(x.op().function()).append(' ');
      expr(x.right(), level + 1);
    }
  }

  /**
   * A last argument that is a lambda, record or list hangs from the line of the others
   * ({@code List.map xs (fun x ->}); otherwise each argument gets an indented line.
   */
  private void brokenApplication(String head, List<Expr> args) {
    Expr last = args.get(args.size() - 1);
    List<Expr> others = args.subList(0, args.size() - 1);
    boolean hangs = last instanceof ELambda || last instanceof ERecord r && !r.fields().isEmpty()
        || last instanceof EList l && !l.items().isEmpty();
    if (hangs && fits(p -> p.application(head, others), 2)) {
      flat(() -> application(head, others));
      out.append(' ');
      expr(last, ATOM);
      return;
    }
    out.append(head);
    for (Expr arg : args) indented(2, () -> expr(arg, ATOM));
  }

  /** {@code [ a} and each further item on its own line at the first one's column; {@code ]} ends the last. */
  private void brokenItems(List<Expr> items) {
    out.append("[ ");
    int column = column();
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) newline(column);
      atColumn(items.get(i), ITEM);
    }
    out.append(" ]");
  }

  private void brokenRecord(ERecord r) {
    out.append("{ ");
    int column = column();
    for (int i = 0; i < r.fields().size(); i++) {
      if (i > 0) newline(column);
      fieldName(r.fields().get(i).name());
      out.append(" = ");
      Expr value = r.fields().get(i).value();
      int saved = indent;
      indent = column;
      expr(value, ITEM);
      indent = saved;
    }
    out.append(" }");
  }

  private void brokenTuple(ETuple t) {
    out.append('(');
    int column = column();
    List<Expr> items = new ArrayList<>(List.of(t.first(), t.second()));
    items.addAll(t.rest());
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        out.append(',');
        newline(column);
      }
      atColumn(items.get(i), ITEM);
    }
    out.append(')');
  }

  /** An item whose continuation lines are indented from its own column. */
  private void atColumn(Expr e, int minLevel) {
    int saved = indent;
    indent = column();
    expr(e, minLevel);
    indent = saved;
  }

  /** Runs {@code printing} with continuation lines at the current column. */
  private void hanging(Runnable printing) {
    int saved = indent;
    indent = column();
    printing.run();
    indent = saved;
  }

  /** A new line {@code by} columns right of the current indentation, and {@code printing} from there. */
  private void indented(int by, Runnable printing) {
    int saved = indent;
    indent += by;
    newline(indent);
    printing.run();
    indent = saved;
  }

  private void newline(int column) {
    out.append('\n');
    lineStart = out.length();
    out.append(" ".repeat(column));
  }

  private int column() {
    return out.length() - lineStart;
  }

  private void flat(Runnable printing) {
    boolean saved = flat;
    flat = true;
    printing.run();
    flat = saved;
  }

  /** Whether {@code e} fits on the rest of the line, with {@code extra} columns after it. */
  private boolean fits(Expr e, int extra) {
    return fits(e, OPEN, extra);
  }

  private boolean fits(Expr e, int minLevel, int extra) {
    int parens = level(e) < minLevel ? 2 : 0;
    int w = flatWidths.computeIfAbsent(e, x -> flatWidth(p -> p.body(x)));
    return column() + w + parens + extra <= width;
  }

  private boolean fits(Consumer<Printer> printing, int extra) {
    return column() + flatWidth(printing) + extra <= width;
  }

  private static int flatWidth(Consumer<Printer> printing) {
    Printer p = new Printer();
    printing.accept(p);
    return p.out.length();
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
