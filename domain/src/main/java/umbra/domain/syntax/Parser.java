package umbra.domain.syntax;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import umbra.domain.syntax.Expr.*;
import umbra.domain.syntax.Lexer.Kind;
import umbra.domain.syntax.Lexer.Token;
import umbra.domain.syntax.Pattern.*;

/**
 * Recursive-descent reader for the F#-like test syntax (language.md Part B), producing the same
 * AST Dark's {@code FSharpToExpr} builds from the F# compiler's syntax tree.
 *
 * <p>Layout: F#'s offside rule is kept to the parts the tests rely on. A {@code let} without
 * {@code in} ends where a line starts at or left of the {@code let} keyword, which then starts
 * its body; inside {@code [...]} and <code>{...}</code> a line starting at the first item's
 * column starts the next item; a {@code |} left of a nested {@code match} belongs to an outer one.
 *
 * <p>Ids come from a counter starting at the caller's first id, so two parses of the same text
 * give the same ids.
 *
 * <p>Where FSharpToExpr misreads valid F#, we read what the text says instead, since no passing
 * test can depend on it: an unparenthesised application left of a pipe ({@code f x |> g}) is
 * piped whole (FSharpToExpr splits it into {@code f |> x |> g}); explicitly nested lambdas are
 * merged at any depth (FSharpToExpr merges one level). Plain integer literals may use the
 * whole 64-bit range (F# limits them to 32 bits without a suffix).
 */
public final class Parser {

  /** Operand slot of an operator section {@code (+)} not yet filled; compared by identity. */
  private static final Expr HOLE = new EBlank(Long.MIN_VALUE);

  private static final int APPLICATION_LEVEL = 7;

  private static final java.util.regex.Pattern VERSIONED_STER =
      java.util.regex.Pattern.compile("(.+)_v(\\d+)_ster");
  private static final java.util.regex.Pattern VERSIONED = java.util.regex.Pattern.compile("(.+)_v(\\d+)");

  private final List<Token> tokens;
  private int current = 0;
  private long nextId;
  /** Offside line: a token first on its line at this column or left of it ends the construct being read. */
  private int offsideColumn = -1;
  /** Columns of the {@code match} keywords whose cases are being read, within the current brackets. */
  private List<Integer> matchColumns = new ArrayList<>();
  /** The last {@code =}/{@code <>} node built outside parentheses: a test splits there if it is the root. */
  private Expr testSplit;
  private boolean testSplitEquals;
  /** Operator sections and flags with operand slots still empty, by node id, with where they were written. */
  private final Map<Long, Token> unfilled = new LinkedHashMap<>();
  /** Where each node starts (an operator's node: the operator), by id; the first record of an id wins. */
  private final Map<Long, SourcePosition> positions = new HashMap<>();

  private Parser(List<Token> tokens, long firstId) {
    this.tokens = tokens;
    this.nextId = firstId;
  }

  public static Parsed<Expr> parseExpr(String text) {
    return parseExpr(text, 1);
  }

  public static Parsed<Expr> parseExpr(String text, long firstId) {
    return run(text, firstId, Parser::wholeExpr);
  }

  /** As {@link #parseExpr(String, long)}, with the position of every node ({@link Positioned}). */
  public static Parsed<Positioned<Expr>> parseExprPositioned(String text, long firstId) {
    return run(text, firstId, p -> {
      Expr e = p.wholeExpr();
      p.inheritPositions(e, new SourcePosition(1, 1));
      return new Positioned<>(e, p.positions);
    });
  }

  public static Parsed<TestCode> parseTest(String text) {
    return parseTest(text, 1);
  }

  /** Splits at the outermost {@code =}/{@code <>} written as such (test-format.md 1.2). */
  public static Parsed<TestCode> parseTest(String text, long firstId) {
    return run(text, firstId, Parser::wholeTest);
  }

  private static <T> Parsed<T> run(String text, long firstId, Function<Parser, T> rule) {
    try {
      return new Parsed.Ok<>(rule.apply(new Parser(Lexer.tokenize(text), firstId)));
    } catch (Lexer.Failure f) {
      return new Parsed.Failed<>(new ParseError(f.line, f.column, f.getMessage()));
    } catch (StackOverflowError e) {
      return new Parsed.Failed<>(new ParseError(1, 1, "expression nested too deeply"));
    }
  }

  private Expr wholeExpr() {
    Expr e = tupleExpr();
    finish();
    return e;
  }

  private TestCode wholeTest() {
    Expr e = wholeExpr();
    if (e == testSplit && e instanceof EBinOp op) return new TestCode(op.left(), op.right(), testSplitEquals);
    return new TestCode(e, new EBool(id(), true), true);
  }

  /**
   * B.6: F#'s error recovery dropped one trailing unmatched ')' and a stray '"' or '""' after the
   * expression ({@code ... = "correct")}, {@code ... 10.")""}); so do we, at the very end only.
   */
  private void finish() {
    if (check(Kind.RPAREN)) advance();
    if (isStrayQuote(peek()) && peekAt(1).kind() == Kind.EOF) advance();
    if (!check(Kind.EOF)) throw error(peek(), "expected the end of the expression but found " + peek().describe());
    for (Token site : unfilled.values()) {
      throw error(site, site.kind() == Kind.OP
          ? "operator section '(" + site.text() + ")' is missing an operand"
          : "'flag' needs a name, a condition, an old and a new expression");
    }
  }

  private static boolean isStrayQuote(Token t) {
    return t.kind() == Kind.UNTERMINATED_STRING || (t.kind() == Kind.STRING && t.value().isEmpty());
  }

  // ---------------------------------------------------------------- expressions

  /** {@code expr {, expr}}: F# reads a bare comma list as a tuple. */
  private Expr tupleExpr() {
    List<Expr> items = tupleItems();
    return items.size() == 1 ? items.get(0) : tuple(items);
  }

  private List<Expr> tupleItems() {
    List<Expr> items = new ArrayList<>(List.of(expr()));
    while (check(Kind.COMMA)) {
      advance();
      items.add(expr());
    }
    return items;
  }

  private Expr tuple(List<Expr> items) {
    Expr tuple = new ETuple(id(), items.get(0), items.get(1), items.subList(2, items.size()));
    SourcePosition first = positions.get(items.get(0).id());
    if (first != null) positions.putIfAbsent(tuple.id(), first);
    return tuple;
  }

  private Expr expr() {
    return binary(1);
  }

  /** Precedence climbing over B.4; {@code ^} is right associative, the rest left. */
  private Expr binary(int level) {
    if (level == APPLICATION_LEVEL) return prefix();
    Token start = peek();
    Expr left = binary(level + 1);
    boolean openPipe = false;
    while (isBinaryOperator(peek(), level)) {
      Token op = advance();
      Expr right = binary(op.text().equals(Operators.POWER) ? level : level + 1);
      if (op.text().equals(Operators.PIPE)) {
        left = at(start, pipe(left, right, openPipe, op));
        openPipe = true;
      } else {
        left = binOp(op, left, right);
        openPipe = false;
      }
    }
    return left;
  }

  /** An operator may start a continuation line even at the offside column (F# lets infix tokens undent). */
  private boolean isBinaryOperator(Token t, int level) {
    if (t.kind() != Kind.OP || (t.firstOnLine() && t.column() < offsideColumn)) return false;
    int opLevel = Operators.level(t.text());
    if (opLevel == 0) throw error(t, "unsupported operator " + t.describe());
    return opLevel == level;
  }

  private Expr binOp(Token op, Expr left, Expr right) {
    Expr node = at(op, new EBinOp(id(), FnName.stdlib("", Operators.darkName(op.text()), 0), left, right, Rail.NO_RAIL));
    if (op.text().equals("=") || op.text().equals("<>")) {
      testSplit = node;
      testSplitEquals = op.text().equals("=");
    }
    return node;
  }

  /** {@code a |> f x |> g} is one EPipe; a parenthesised pipe on the left starts a new one. */
  private Expr pipe(Expr left, Expr step, boolean openPipe, Token op) {
    Expr target = pipeStep(step, op);
    if (openPipe && left instanceof EPipe p) {
      List<Expr> steps = new ArrayList<>(p.steps());
      steps.add(target);
      return new EPipe(p.id(), p.first(), steps);
    }
    return new EPipe(id(), left, List.of(target));
  }

  /**
   * B.3: a call step receives the piped value as its first argument; an operator section
   * receives it as its LEFT operand ({@code x |> (-) 3} is {@code x - 3}); anything else is kept.
   */
  private Expr pipeStep(Expr step, Token op) {
    return switch (step) {
      case EFnCall f -> new EFnCall(f.id(), f.name(), prepend(at(op, new EPipeTarget(id())), f.args()), f.rail());
      case EBinOp b when b.left() == HOLE ->
          fillHole(new EBinOp(b.id(), b.op(), at(op, new EPipeTarget(id())), b.right(), b.rail()));
      case EBinOp b when b.right() == HOLE ->
          fillHole(new EBinOp(b.id(), b.op(), at(op, new EPipeTarget(id())), b.left(), b.rail()));
      default -> step;
    };
  }

  /** Prefix minus: a negative literal when a number follows, else {@code Int::negate_v0} (B.3). */
  private Expr prefix() {
    Token t = peek();
    return at(t, switch (t.kind()) {
      case LET -> let();
      case IF -> ifExpr();
      case FUN -> lambda();
      case MATCH -> match();
      case OP -> {
        if (!t.text().equals("-")) throw error(t, "expected an expression but found " + t.describe());
        advance();
        yield negated(this::prefix);
      }
      default -> application();
    });
  }

  private Expr negated(Supplier<Expr> operand) {
    Token next = peek();
    if (next.kind() == Kind.INT) return integer(advance(), true);
    if (next.kind() == Kind.FLOAT) return floatLiteral(advance(), true);
    return new EFnCall(id(), FnName.stdlib("Int", "negate", 0), List.of(operand.get()), Rail.NO_RAIL);
  }

  /** Application by juxtaposition (B.3: what a head becomes once applied). */
  private Expr application() {
    int headIndex = current;
    Token head = peek();
    Expr callee = atom();
    Token bareName = head.kind() == Kind.IDENT && current == headIndex + 1 ? head : null;
    if (callee instanceof EVariable v && bareName != null && unitFollows()) {
      advance();
      advance();
      return userCall(v, List.of());
    }
    int applied = 0;
    while (startsArgument()) {
      Token at = peek();
      Expr arg = at(at, argument());
      callee = apply(callee, arg, applied == 0 ? bareName : null, at);
      applied++;
    }
    return at(head, applied > 0 ? partial(callee) : callee);
  }

  /**
   * {@code links ()}: a call of a user function without parameters, as F# calls a function of
   * unit. A bare {@code links} stays a variable, as in Dark's FSharpToExpr.
   */
  private boolean unitFollows() {
    return check(Kind.LPAREN) && !offside(peek()) && peekAt(1).kind() == Kind.RPAREN;
  }

  /** F# reads {@code f -5} (space before the minus, none after) as {@code f (-5)}. */
  private boolean startsArgument() {
    Token t = peek();
    if (offside(t)) return false;
    return switch (t.kind()) {
      case INT, FLOAT, STRING, CHAR, IDENT, LPAREN, LBRACKET, LBRACE, TRUE, FALSE, NULL -> true;
      case OP -> t.text().equals("-") && t.spaceBefore() && !peekAt(1).spaceBefore();
      default -> false;
    };
  }

  private Expr argument() {
    if (check(Kind.OP)) {
      advance();
      return negated(this::atom);
    }
    return atom();
  }

  /** {@code bareName} is the head when it is a lone identifier and this is its first argument. */
  private Expr apply(Expr callee, Expr arg, Token bareName, Token at) {
    if (bareName != null) {
      switch (bareName.value()) {
        case "Just", "Ok", "Error", "Nothing" -> {
          return new EConstructor(id(), bareName.value(), List.of(arg));
        }
        case "flag" -> {
          if (arg instanceof EString label) {
            Expr flag = new EFeatureFlag(id(), label.value(), HOLE, HOLE, HOLE);
            unfilled.put(flag.id(), bareName);
            return flag;
          }
        }
        default -> { }
      }
    }
    return switch (callee) {
      case EFnCall f -> new EFnCall(f.id(), f.name(), append(f.args(), arg), f.rail());
      case EBinOp b when b.left() == HOLE -> fillHole(new EBinOp(b.id(), b.op(), arg, b.right(), b.rail()));
      case EBinOp b when b.right() == HOLE -> fillHole(new EBinOp(b.id(), b.op(), b.left(), arg, b.rail()));
      case EFeatureFlag f when f.cond() == HOLE ->
          fillHole(new EFeatureFlag(f.id(), f.name(), arg, f.oldExpr(), f.newExpr()));
      case EFeatureFlag f when f.oldExpr() == HOLE ->
          fillHole(new EFeatureFlag(f.id(), f.name(), f.cond(), arg, f.newExpr()));
      case EFeatureFlag f when f.newExpr() == HOLE ->
          fillHole(new EFeatureFlag(f.id(), f.name(), f.cond(), f.oldExpr(), arg));
      case EVariable v -> userCall(v, arg);
      default -> throw error(at, "only functions can be applied to arguments, but found another argument "
          + at.describe());
    };
  }

  /** B.3: any identifier applied to arguments is a user-function call; {@code _ster} puts it on the rail. */
  private Expr userCall(EVariable v, Expr arg) {
    return userCall(v, List.of(arg));
  }

  private Expr userCall(EVariable v, List<Expr> args) {
    boolean rail = v.name().endsWith("_ster");
    String name = rail ? v.name().substring(0, v.name().length() - 5) : v.name();
    return new EFnCall(v.id(), FnNames.parse(name), args, rail ? Rail.RAIL : Rail.NO_RAIL);
  }

  /** {@code partial "text" e} is an editor partial, also as a pipe step (FSharpToExpr post-pass). */
  private Expr partial(Expr e) {
    if (e instanceof EFnCall f && f.name() instanceof FnName.User u && u.name().equals("partial")
        && f.args().size() == 2 && f.args().get(0) instanceof EString text) {
      return new EPartial(id(), PartialKind.PARTIAL, text.value(), f.args().get(1));
    }
    return e;
  }

  private Expr fillHole(Expr e) {
    boolean full = switch (e) {
      case EBinOp b -> b.left() != HOLE && b.right() != HOLE;
      case EFeatureFlag f -> f.cond() != HOLE && f.oldExpr() != HOLE && f.newExpr() != HOLE;
      default -> true;
    };
    if (full) unfilled.remove(e.id());
    return e;
  }

  // ---------------------------------------------------------------- atoms

  private Expr atom() {
    Token t = peek();
    return at(t, switch (t.kind()) {
      case INT -> integer(advance(), false);
      case FLOAT -> floatLiteral(advance(), false);
      case STRING -> new EString(id(), advance().value());
      case CHAR -> new ECharacter(id(), advance().value());
      case TRUE -> literalBool(true);
      case FALSE -> literalBool(false);
      case NULL -> {
        advance();
        yield new ENull(id());
      }
      case IDENT -> longIdent();
      case LPAREN -> fieldAccesses(paren());
      case LBRACKET -> fieldAccesses(list());
      case LBRACE -> fieldAccesses(record());
      default -> throw error(t, "expected an expression but found " + t.describe());
    });
  }

  private Expr literalBool(boolean value) {
    advance();
    return new EBool(id(), value);
  }

  /** B.2: plain, {@code L} and {@code I} literals all become EInteger and must fit in 64 bits. */
  private Expr integer(Token t, boolean negative) {
    return new EInteger(id(), integerValue(t, negative));
  }

  private static long integerValue(Token t, boolean negative) {
    String text = t.text();
    String digits = text.endsWith("L") || text.endsWith("I") ? text.substring(0, text.length() - 1) : text;
    BigInteger value = new BigInteger(digits);
    if (negative) value = value.negate();
    if (value.bitLength() > 63) throw error(t, "integer literal " + (negative ? "-" : "") + text + " does not fit in 64 bits");
    return value.longValue();
  }

  /** Kept as written (A.3); an exponent is expanded to plain digits. */
  private Expr floatLiteral(Token t, boolean negative) {
    String text = t.text();
    String plain = text.indexOf('e') >= 0 || text.indexOf('E') >= 0 ? new BigDecimal(text).toPlainString() : text;
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : plain.substring(dot + 1);
    return new EFloat(id(), negative, whole, fraction);
  }

  /** {@code x}, {@code Mod.fn}, {@code Date.(<)}, {@code Test.Test.Test.fn}, {@code v.f1.f2}. */
  private Expr longIdent() {
    List<Token> parts = new ArrayList<>(List.of(advance()));
    while (check(Kind.DOT)) {
      advance();
      if (check(Kind.IDENT)) parts.add(advance());
      else if (check(Kind.LPAREN) && peekAt(1).kind() == Kind.OP && peekAt(2).kind() == Kind.RPAREN) {
        advance();
        parts.add(advance());
        advance();
      } else throw error(peek(), "expected a name after '.' but found " + peek().describe());
    }
    Token first = parts.get(0);
    if (parts.size() == 1) return identifier(first);
    if (parts.size() == 2 && Character.isUpperCase(first.value().charAt(0))) return stdlibFunction(first, parts.get(1));
    if (parts.size() == 4 && isTestPackage(parts)) return packageFunction(parts.get(3));
    Expr e = at(first, new EVariable(id(), first.value()));
    for (Token field : parts.subList(1, parts.size())) {
      if (field.kind() == Kind.OP) throw error(field, "expected a field name but found " + field.describe());
      e = at(first, new EFieldAccess(id(), e, nameOrBlank(field.value())));
    }
    return e;
  }

  private static boolean isTestPackage(List<Token> parts) {
    return parts.subList(0, 3).stream().allMatch(p -> p.value().equals("Test"));
  }

  /** B.3: special identifiers first, then plain variables. */
  private Expr identifier(Token t) {
    String name = t.value();
    if (name.equals("_")) throw error(t, "'_' is only allowed in patterns, lambda parameters and let names");
    if (FnNames.ONE_WORD.contains(name)) return new EFnCall(id(), FnNames.parse(name), List.of(), Rail.NO_RAIL);
    return switch (name) {
      case "Nothing" -> new EConstructor(id(), "Nothing", List.of());
      case "blank" -> new EBlank(id());
      default -> new EVariable(id(), name);
    };
  }

  /** {@code Mod.fn_vN_ster}, {@code Mod.fn_vN}, {@code Mod.(op)}, {@code Mod.fn_ster}, {@code Mod.fn}. */
  private Expr stdlibFunction(Token module, Token fn) {
    String prefix = module.value() + "::";
    if (fn.kind() == Kind.OP) {
      String op = Operators.darkName(fn.text());
      if (op == null || op.equals("&&") || op.equals("||")) throw error(fn, "unsupported operator " + fn.describe());
      return call(prefix + op, Rail.NO_RAIL);
    }
    String name = fn.value();
    Matcher m;
    if ((m = VERSIONED_STER.matcher(name)).matches()) return call(prefix + versioned(m), Rail.RAIL);
    if ((m = VERSIONED.matcher(name)).matches()) return call(prefix + versioned(m), Rail.NO_RAIL);
    if (name.endsWith("_ster") && name.length() > 5) return call(prefix + name.substring(0, name.length() - 5), Rail.RAIL);
    return call(prefix + name, Rail.NO_RAIL);
  }

  private static String versioned(Matcher m) {
    return m.group(1) + "_v" + new BigInteger(m.group(2));
  }

  /** B.3: {@code Test.Test.Test.fn} is the package function {@code test/test/Test::fn_v0}. */
  private Expr packageFunction(Token fn) {
    if (fn.kind() == Kind.OP) throw error(fn, "expected a function name but found " + fn.describe());
    String name = fn.value();
    boolean rail = name.endsWith("_ster");
    if (rail) name = name.substring(0, name.length() - 5);
    return call("test/test/Test::" + name + "_v0", rail ? Rail.RAIL : Rail.NO_RAIL);
  }

  private Expr call(String name, Rail rail) {
    return new EFnCall(id(), FnNames.parse(name), List.of(), rail);
  }

  /** {@code (OP)} section, {@code (e)}, {@code (a, b, ...)}. */
  private Expr paren() {
    advance();
    if (check(Kind.OP) && peekAt(1).kind() == Kind.RPAREN) return section();
    if (check(Kind.RPAREN)) throw error(peek(), "expected an expression but found ')' ('()' only follows a function's name: 'links ()' calls a function without parameters)");
    Layout outer = enterBrackets();
    Expr inner = tupleExpr();
    restore(outer);
    expect(Kind.RPAREN, "')'");
    if (inner == testSplit) testSplit = null;
    return inner;
  }

  /** B.3: {@code (+)} has two holes; arguments fill the left one first. */
  private Expr section() {
    Token op = advance();
    advance();
    String name = Operators.darkName(op.text());
    if (name == null) throw error(op, "unsupported operator " + op.describe());
    Expr section = new EBinOp(id(), FnName.stdlib("", name, 0), HOLE, HOLE, Rail.NO_RAIL);
    unfilled.put(section.id(), op);
    return section;
  }

  /** {@code (e).field.field}: field access on any bracketed expression. */
  private Expr fieldAccesses(Expr e) {
    while (check(Kind.DOT)) {
      advance();
      Token field = expect(Kind.IDENT, "a field name");
      e = new EFieldAccess(id(), e, nameOrBlank(field.value()));
    }
    return e;
  }

  /**
   * Items are separated by {@code ;}, or by starting a new line. As in F#, commas make a tuple:
   * a list holding only a bare tuple lists its elements ({@code [1, 2]}), otherwise bare
   * tuples stay tuples ({@code [1, 2; 3]} has two items).
   */
  private Expr list() {
    advance();
    Layout outer = enterBrackets();
    List<List<Expr>> items = new ArrayList<>();
    if (!check(Kind.RBRACKET)) {
      int column = peek().column();
      do {
        offsideColumn = column;
        items.add(tupleItems());
        offsideColumn = -1;
      } while (nextItem(Kind.RBRACKET, "';' or ']'"));
    }
    restore(outer);
    expect(Kind.RBRACKET, "']'");
    if (items.size() == 1 && items.get(0).size() > 1) return new EList(id(), items.get(0));
    return new EList(id(), items.stream().map(i -> i.size() == 1 ? i.get(0) : tuple(i)).toList());
  }

  /** <code>{ a = 1; b = 2 }</code>, fields in source order; {@code ___} is the blank name (A.7.11). */
  private Expr record() {
    advance();
    Layout outer = enterBrackets();
    List<Field> fields = new ArrayList<>();
    if (!check(Kind.RBRACE)) {
      int column = peek().column();
      do {
        String name = nameOrBlank(expect(Kind.IDENT, "a field name").value());
        expectOperator("=");
        offsideColumn = column;
        fields.add(new Field(name, expr()));
        offsideColumn = -1;
      } while (nextItem(Kind.RBRACE, "';' or '}'"));
    }
    restore(outer);
    expect(Kind.RBRACE, "'}'");
    return new ERecord(id(), fields);
  }

  /** After an item: {@code ;} or a new line continue, the closer ends; a trailing {@code ;} is fine. */
  private boolean nextItem(Kind closer, String expected) {
    if (check(Kind.SEMI)) {
      advance();
      return !check(closer);
    }
    if (check(closer)) return false;
    if (peek().firstOnLine()) return true;
    throw error(peek(), "expected " + expected + " but found " + peek().describe());
  }

  // ---------------------------------------------------------------- keyword forms

  /** {@code let x = e in b}, or offside: the body starts a later line at or left of {@code let}. */
  private Expr let() {
    Token let = advance();
    String name = binder();
    expectOperator("=");
    int outer = offsideColumn;
    offsideColumn = Math.max(outer, let.column());
    Expr rhs = tupleExpr();
    offsideColumn = outer;
    if (check(Kind.IN)) {
      advance();
    } else if (!startsOffsideBody(peek(), let)) {
      throw error(peek(), "expected 'in' (or the let's body on the next line) but found " + peek().describe());
    }
    return new ELet(id(), name, rhs, tupleExpr());
  }

  private boolean startsOffsideBody(Token t, Token let) {
    if (!t.firstOnLine() || t.column() > let.column() || offside(t)) return false;
    return switch (t.kind()) {
      case INT, FLOAT, STRING, CHAR, IDENT, LPAREN, LBRACKET, LBRACE, TRUE, FALSE, NULL,
           LET, IF, FUN, MATCH -> true;
      case OP -> t.text().equals("-");
      default -> false;
    };
  }

  private String binder() {
    Token t = expect(Kind.IDENT, "a name");
    return t.value();
  }

  private Expr ifExpr() {
    advance();
    Expr cond = expr();
    expect(Kind.THEN, "'then'");
    Expr then = expr();
    expect(Kind.ELSE, "'else'");
    return new EIf(id(), cond, then, expr());
  }

  /** {@code fun a b -> e}, {@code fun (a, b) -> e}; a lambda directly in the body is merged (B.3). */
  private Expr lambda() {
    advance();
    List<LambdaParam> params = new ArrayList<>();
    do {
      lambdaParams(params);
    } while (!check(Kind.ARROW));
    advance();
    boolean nested = check(Kind.FUN);
    Expr body = tupleExpr();
    if (nested && body instanceof ELambda inner) {
      params.addAll(inner.params());
      body = inner.body();
    }
    return new ELambda(id(), params, body);
  }

  private void lambdaParams(List<LambdaParam> params) {
    if (!check(Kind.LPAREN)) {
      params.add(lambdaParam(expect(Kind.IDENT, "a parameter name or '->'")));
      return;
    }
    advance();
    params.add(lambdaParam(expect(Kind.IDENT, "a parameter name")));
    while (check(Kind.COMMA)) {
      advance();
      params.add(lambdaParam(expect(Kind.IDENT, "a parameter name")));
    }
    expect(Kind.RPAREN, "')'");
  }

  private LambdaParam lambdaParam(Token name) {
    LambdaParam p = new LambdaParam(id(), nameOrBlank(name.value()));
    mark(name, p.id());
    return p;
  }

  /** {@code match e with [|] p -> e {| p -> e}}. */
  private Expr match() {
    Token match = advance();
    Expr scrutinee = tupleExpr();
    expect(Kind.WITH, "'with'");
    if (check(Kind.BAR)) advance();
    matchColumns.add(match.column());
    List<MatchCase> cases = new ArrayList<>();
    do {
      Pattern pattern = casePattern();
      expect(Kind.ARROW, "'->'");
      cases.add(new MatchCase(pattern, tupleExpr()));
    } while (nextCase(match));
    matchColumns.remove(matchColumns.size() - 1);
    return new EMatch(id(), scrutinee, cases);
  }

  /** A {@code |} left of this match's column goes to an enclosing match that starts at or left of it. */
  private boolean nextCase(Token match) {
    Token bar = peek();
    if (bar.kind() != Kind.BAR) return false;
    if (bar.firstOnLine() && bar.column() < match.column()) {
      for (int column : matchColumns.subList(0, matchColumns.size() - 1)) {
        if (column <= bar.column()) return false;
      }
    }
    advance();
    return true;
  }

  // ---------------------------------------------------------------- patterns

  private Pattern casePattern() {
    Token start = peek();
    Pattern first = pattern();
    if (!check(Kind.COMMA)) return first;
    List<Pattern> items = new ArrayList<>(List.of(first));
    while (check(Kind.COMMA)) {
      advance();
      items.add(pattern());
    }
    return at(start, new MPTuple(id(), items.get(0), items.get(1), items.subList(2, items.size())));
  }

  /** An identifier followed by patterns is a constructor pattern ({@code Just x}, {@code Ok (a, b)}). */
  private Pattern pattern() {
    Token t = peek();
    if (t.kind() == Kind.IDENT && !t.value().equals("_") && startsPatternAtom(peekAt(1), peekAt(2))) {
      advance();
      List<Pattern> args = new ArrayList<>();
      while (startsPatternAtom(peek(), peekAt(1))) args.add(patternAtom());
      return at(t, new MPConstructor(id(), t.value(), args));
    }
    return patternAtom();
  }

  private static boolean startsPatternAtom(Token t, Token next) {
    return switch (t.kind()) {
      case IDENT, INT, FLOAT, STRING, CHAR, TRUE, FALSE, NULL, LPAREN -> true;
      case OP -> t.text().equals("-") && (next.kind() == Kind.INT || next.kind() == Kind.FLOAT);
      default -> false;
    };
  }

  /** A.5 / B.1: lowercase names bind ({@code blank} never matches), capitalised names are constructors. */
  private Pattern patternAtom() {
    Token t = advance();
    return at(t, switch (t.kind()) {
      case IDENT -> namePattern(t.value());
      case INT -> new MPInteger(id(), integerValue(t, false));
      case FLOAT -> floatPattern((EFloat) floatLiteral(t, false));
      case OP -> negativePattern(t);
      case STRING -> new MPString(id(), t.value());
      case CHAR -> new MPCharacter(id(), t.value());
      case TRUE -> new MPBool(id(), true);
      case FALSE -> new MPBool(id(), false);
      case NULL -> new MPNull(id());
      case LPAREN -> {
        Layout outer = enterBrackets();
        Pattern inner = casePattern();
        restore(outer);
        expect(Kind.RPAREN, "')'");
        yield inner;
      }
      default -> throw error(t, "expected a pattern but found " + t.describe());
    });
  }

  private Pattern namePattern(String name) {
    if (name.equals("blank")) return new MPBlank(id());
    if (Character.isUpperCase(name.charAt(0))) return new MPConstructor(id(), name, List.of());
    return new MPVariable(id(), name);
  }

  private Pattern negativePattern(Token minus) {
    Token number = advance();
    if (number.kind() == Kind.INT) return new MPInteger(id(), integerValue(number, true));
    if (number.kind() == Kind.FLOAT) return floatPattern((EFloat) floatLiteral(number, true));
    throw error(minus, "expected a pattern but found " + minus.describe());
  }

  private Pattern floatPattern(EFloat f) {
    return new MPFloat(f.id(), f.negative(), f.whole(), f.fraction());
  }

  // ---------------------------------------------------------------- layout and tokens

  /** What brackets reset: inside them no outer offside line or outer match applies. */
  private record Layout(int offsideColumn, List<Integer> matchColumns) {}

  private Layout enterBrackets() {
    Layout outer = new Layout(offsideColumn, matchColumns);
    offsideColumn = -1;
    matchColumns = new ArrayList<>();
    return outer;
  }

  private void restore(Layout outer) {
    offsideColumn = outer.offsideColumn();
    matchColumns = outer.matchColumns();
  }

  private Expr at(Token t, Expr e) {
    mark(t, e.id());
    return e;
  }

  private Pattern at(Token t, Pattern p) {
    mark(t, p.id());
    return p;
  }

  private void mark(Token t, long id) {
    positions.putIfAbsent(id, new SourcePosition(t.line(), t.column()));
  }

  /** A node the rules above did not place (a field access on brackets, ...) is where its parent is. */
  private void inheritPositions(Expr e, SourcePosition parent) {
    SourcePosition here = positions.computeIfAbsent(e.id(), id -> parent);
    if (e instanceof EMatch m) {
      for (MatchCase c : m.cases()) positions.putIfAbsent(c.pattern().id(), here);
    }
    for (Expr child : Children.of(e)) inheritPositions(child, here);
  }

  private boolean offside(Token t) {
    return t.firstOnLine() && t.column() <= offsideColumn;
  }

  private static String nameOrBlank(String name) {
    return name.equals("___") ? "" : name;
  }

  private long id() {
    return nextId++;
  }

  private Token peek() {
    return tokens.get(current);
  }

  private Token peekAt(int ahead) {
    return tokens.get(Math.min(current + ahead, tokens.size() - 1));
  }

  private Token advance() {
    Token t = tokens.get(current);
    if (t.kind() != Kind.EOF) current++;
    return t;
  }

  private boolean check(Kind kind) {
    return peek().kind() == kind;
  }

  private Token expect(Kind kind, String what) {
    if (check(kind)) return advance();
    throw error(peek(), "expected " + what + " but found " + peek().describe());
  }

  private void expectOperator(String op) {
    if (check(Kind.OP) && peek().text().equals(op)) advance();
    else throw error(peek(), "expected '" + op + "' but found " + peek().describe());
  }

  private static Lexer.Failure error(Token at, String message) {
    return new Lexer.Failure(at.line(), at.column(), message);
  }

  private static List<Expr> append(List<Expr> list, Expr e) {
    List<Expr> out = new ArrayList<>(list);
    out.add(e);
    return out;
  }

  private static List<Expr> prepend(Expr e, List<Expr> list) {
    List<Expr> out = new ArrayList<>(List.of(e));
    out.addAll(list);
    return out;
  }
}
