package umbra.domain.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import umbra.domain.syntax.Expr.*;

/**
 * The direct sub-expressions of an expression (match cases by their bodies), and the same node
 * rebuilt over new ones: for walks and rewrites that treat most nodes alike.
 */
public final class Children {
  private Children() {}

  public static List<Expr> of(Expr e) {
    return switch (e) {
      case ELet l -> List.of(l.rhs(), l.body());
      case EIf i -> List.of(i.cond(), i.thenExpr(), i.elseExpr());
      case EBinOp b -> List.of(b.left(), b.right());
      case ELambda l -> List.of(l.body());
      case EFieldAccess f -> List.of(f.record());
      case EFnCall f -> f.args();
      case EPartial p -> List.of(p.old());
      case EList l -> l.items();
      case ETuple t -> cons(t.first(), cons(t.second(), t.rest()));
      case ERecord r -> r.fields().stream().map(Field::value).toList();
      case EPipe p -> cons(p.first(), p.steps());
      case EConstructor c -> c.args();
      case EMatch m -> cons(m.scrutinee(), m.cases().stream().map(MatchCase::body).toList());
      case EFeatureFlag f -> List.of(f.cond(), f.oldExpr(), f.newExpr());
      case EInteger x -> List.of();
      case EBool x -> List.of();
      case EString x -> List.of();
      case ECharacter x -> List.of();
      case EFloat x -> List.of();
      case ENull x -> List.of();
      case EBlank x -> List.of();
      case EVariable x -> List.of();
      case EPipeTarget x -> List.of();
    };
  }

  /** {@code e} with its children replaced, in the order {@link #of} lists them. */
  public static Expr with(Expr e, List<Expr> c) {
    return switch (e) {
      case ELet l -> new ELet(l.id(), l.name(), c.get(0), c.get(1));
      case EIf i -> new EIf(i.id(), c.get(0), c.get(1), c.get(2));
      case EBinOp b -> new EBinOp(b.id(), b.op(), c.get(0), c.get(1), b.rail());
      case ELambda l -> new ELambda(l.id(), l.params(), c.get(0));
      case EFieldAccess f -> new EFieldAccess(f.id(), c.get(0), f.field());
      case EFnCall f -> new EFnCall(f.id(), f.name(), c, f.rail());
      case EPartial p -> new EPartial(p.id(), p.kind(), p.text(), c.get(0));
      case EList l -> new EList(l.id(), c);
      case ETuple t -> new ETuple(t.id(), c.get(0), c.get(1), c.subList(2, c.size()));
      case ERecord r -> {
        var fields = new ArrayList<Field>(c.size());
        for (int i = 0; i < c.size(); i++) fields.add(new Field(r.fields().get(i).name(), c.get(i)));
        yield new ERecord(r.id(), fields);
      }
      case EPipe p -> new EPipe(p.id(), c.get(0), c.subList(1, c.size()));
      case EConstructor k -> new EConstructor(k.id(), k.name(), c);
      case EMatch m -> {
        var cases = new ArrayList<MatchCase>(m.cases().size());
        for (int i = 0; i < m.cases().size(); i++) cases.add(new MatchCase(m.cases().get(i).pattern(), c.get(i + 1)));
        yield new EMatch(m.id(), c.get(0), cases);
      }
      case EFeatureFlag f -> new EFeatureFlag(f.id(), f.name(), c.get(0), c.get(1), c.get(2));
      default -> e;
    };
  }

  /** Every child mapped with {@code f}. */
  public static Expr map(Expr e, UnaryOperator<Expr> f) {
    List<Expr> children = of(e);
    if (children.isEmpty()) return e;
    var mapped = new ArrayList<Expr>(children.size());
    for (Expr child : children) mapped.add(f.apply(child));
    return with(e, mapped);
  }

  private static List<Expr> cons(Expr head, List<Expr> tail) {
    var l = new ArrayList<Expr>(tail.size() + 1);
    l.add(head);
    l.addAll(tail);
    return l;
  }
}
