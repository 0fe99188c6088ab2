package umbra.domain.canvas.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import umbra.domain.canvas.Toplevel;
import umbra.domain.syntax.Children;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.SourcePosition;

/**
 * One toplevel as the editor shows it: its section of the canvas text (what {@code umbra pull}
 * prints for it, header line first), where each of its stored expressions is written, and which
 * expression's value stands for each line. The ids are the stored ones, so the live values of a
 * trace (keyed by them) land on the text without the browser parsing Dark.
 *
 * @param positions expression id to its first token (an operator's node: the operator)
 * @param lineExprs line to the expression whose value is shown at that line's end
 * @param calls function calls by expression id, with their arguments' ids, so the editor can play one
 *     with its arguments' live values (calls in a pipe step are left out: their first argument is
 *     the previous step's value, which has no expression of its own)
 */
public record ToplevelSource(String text, Map<Long, SourcePosition> positions, Map<Integer, Long> lineExprs,
    Map<Long, Call> calls) {
  public ToplevelSource {
    positions = Map.copyOf(positions);
    lineExprs = Map.copyOf(lineExprs);
    calls = Map.copyOf(calls);
  }

  /** A call of a builtin ({@code Module::fn_vN}) or of a function of the canvas, and its arguments' expression ids. */
  public record Call(String fnName, List<Long> args) {
    public Call { args = List.copyOf(args); }
  }

  public static ToplevelSource of(Toplevel tl) {
    String text = CanvasTextPrinter.print(List.of(tl));
    // the printed text reads back as the same tree with fresh ids (CanvasTextRoundTripTest): walking both
    // side by side gives the stored ids the places the reader found for the fresh ones
    CanvasFile read = CanvasText.read(text, 1).orElseThrow();
    var stored = code(tl);
    var parsed = code(read.canvas().live().getFirst());
    var positions = new HashMap<Long, SourcePosition>();
    if (stored != null && parsed != null) place(stored, parsed, read.positions(), positions);
    var lines = new TreeMap<Integer, Long>();
    var calls = new HashMap<Long, Call>();
    if (stored != null) {
      chooseLineExprs(stored, positions, lines);
      collectCalls(stored, calls);
    }
    return new ToplevelSource(text, positions, lines, calls);
  }

  private static Expr code(Toplevel tl) {
    return switch (tl) {
      case Toplevel.Handler h -> h.ast();
      case Toplevel.UserFn f -> f.body();
      case Toplevel.Db db -> null;
      case Toplevel.UserType t -> null;
    };
  }

  private static void place(Expr stored, Expr parsed, Map<Long, SourcePosition> read, Map<Long, SourcePosition> out) {
    SourcePosition at = read.get(parsed.id());
    if (at != null) out.put(stored.id(), at);
    List<Expr> a = Children.of(stored);
    List<Expr> b = Children.of(parsed);
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) place(a.get(i), b.get(i), read, out);
  }

  /**
   * Outermost first, the first expression written on a line stands for it; a {@code let},
   * {@code match}, {@code if} or pipe does not (its value is a later line's), so its first part does.
   */
  private static void chooseLineExprs(Expr e, Map<Long, SourcePosition> positions, Map<Integer, Long> lines) {
    SourcePosition at = positions.get(e.id());
    boolean container = e instanceof Expr.ELet || e instanceof Expr.EMatch || e instanceof Expr.EIf || e instanceof Expr.EPipe;
    if (at != null && !container) lines.putIfAbsent(at.line(), e.id());
    for (Expr child : Children.of(e)) chooseLineExprs(child, positions, lines);
  }

  private static void collectCalls(Expr e, Map<Long, Call> calls) {
    if (e instanceof Expr.EFnCall call && call.args().stream().noneMatch(a -> a instanceof Expr.EPipeTarget)) {
      calls.put(call.id(), new Call(call.name().toString(), call.args().stream().map(Expr::id).toList()));
    }
    for (Expr child : Children.of(e)) collectCalls(child, calls);
  }
}
