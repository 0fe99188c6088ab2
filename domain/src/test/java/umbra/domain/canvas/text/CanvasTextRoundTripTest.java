package umbra.domain.canvas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import umbra.domain.canvas.Canvas;
import umbra.domain.canvas.HandlerSpec;
import umbra.domain.canvas.Toplevel;
import umbra.domain.syntax.Ids;
import umbra.domain.syntax.Parsed;
import umbra.testing.Property;

/** The canvas text format reads back what it writes, for every toplevel kind and tricky names. */
class CanvasTextRoundTripTest {

  @Test
  void textToCanvasToTextGivesTheSameText() {
    Property.forAll(1000, CanvasGen::canvas, canvas -> {
      String text = CanvasText.print(canvas);
      Parsed<Canvas> parsed = CanvasText.parse(text, 1);
      assertThat(parsed).as(text).isInstanceOf(Parsed.Ok.class);
      assertThat(CanvasText.print(parsed.orElseThrow())).isEqualTo(text);
    });
  }

  @Test
  void canvasToTextToCanvasKeepsEverythingButIds() {
    Property.forAll(1000, CanvasGen::canvas, canvas -> {
      String text = CanvasText.print(canvas);
      Canvas read = CanvasText.parse(text, 1000).orElseThrow();
      assertThat(shapes(read)).as(text).isEqualTo(shapes(canvas));
    });
  }

  @Test
  void typesPrintAndReadBack() {
    Property.forAll(2000, r -> CanvasGen.type(r, 3), t -> {
      String text = TypeText.print(t);
      assertThat(TypeText.parse(text)).as(text).contains(t);
    });
  }

  @Test
  void eachSectionsIdsLieBetweenItsTlidAndTheNextOne() {
    Property.forAll(300, CanvasGen::canvas, canvas -> {
      Canvas read = CanvasText.parse(CanvasText.print(canvas), 77).orElseThrow();
      List<Toplevel> inOrder = read.live().stream().sorted(Comparator.comparingLong(Toplevel::tlid)).toList();
      for (int i = 0; i < inOrder.size(); i++) {
        Toplevel tl = inOrder.get(i);
        long limit = i + 1 < inOrder.size() ? inOrder.get(i + 1).tlid() : Long.MAX_VALUE;
        assertThat(tl.tlid()).isGreaterThanOrEqualTo(77);
        switch (tl) {
          case Toplevel.Handler h -> assertThat(MaxId.of(h.ast())).isGreaterThan(h.tlid()).isLessThan(limit);
          case Toplevel.UserFn f -> assertThat(MaxId.of(f.body())).isGreaterThan(f.tlid()).isLessThan(limit);
          default -> { }
        }
      }
    });
  }

  /** The toplevels with every id and tlid zeroed, in a stable order. */
  static List<String> shapes(Canvas c) {
    return c.live().stream().map(CanvasTextRoundTripTest::shape).map(Object::toString)
        .sorted(Comparator.naturalOrder()).toList();
  }

  private static Toplevel shape(Toplevel tl) {
    var noIds = new HandlerSpec.Ids(0, 0, 0);
    return switch (tl) {
      case Toplevel.Handler h -> new Toplevel.Handler(0, h.pos(), Ids.zeroed(h.ast()), switch (h.spec()) {
        case HandlerSpec.Http s -> new HandlerSpec.Http(s.route(), s.method(), noIds);
        case HandlerSpec.HttpBasic s -> new HandlerSpec.HttpBasic(s.route(), s.method(), noIds);
        case HandlerSpec.Worker s -> new HandlerSpec.Worker(s.name(), noIds);
        case HandlerSpec.OldWorker s -> new HandlerSpec.OldWorker(s.module(), s.name(), noIds);
        case HandlerSpec.Cron s -> new HandlerSpec.Cron(s.name(), s.interval(), noIds);
        case HandlerSpec.Repl s -> new HandlerSpec.Repl(s.name(), noIds);
        case HandlerSpec.UnknownHandler s -> new HandlerSpec.UnknownHandler(s.name(), s.modifier(), noIds);
      });
      case Toplevel.UserFn f -> new Toplevel.UserFn(0, f.name(), 0,
          f.params().stream().map(p -> new Toplevel.UserFn.Param(p.name(), 0, p.type(), 0, p.description())).toList(),
          f.returnType(), 0, f.description(), f.infix(), Ids.zeroed(f.body()));
      case Toplevel.UserType t -> new Toplevel.UserType(0, t.name(), 0, t.version(),
          t.fields().stream().map(x -> new Toplevel.UserType.Field(x.name(), x.type(), 0, 0)).toList());
      case Toplevel.Db db -> new Toplevel.Db(0, db.pos(), db.name(), 0, db.version(),
          db.cols().stream().map(x -> new Toplevel.Db.Column(x.name(), x.type(), 0, 0)).toList());
    };
  }
}
