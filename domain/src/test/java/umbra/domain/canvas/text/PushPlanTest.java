package umbra.domain.canvas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import umbra.domain.canvas.Canvas;
import umbra.domain.canvas.Checked;
import umbra.domain.canvas.Op;
import umbra.domain.canvas.OpApplication;
import umbra.domain.canvas.Toplevel;
import umbra.testing.Property;

/** Pushing a text brings any canvas to the text's state, with ops that keep history and undo working. */
class PushPlanTest {
  private static Canvas parse(String text, long firstId) {
    return CanvasText.parse(text, firstId).orElseThrow();
  }

  /** Applies ops the way the server does: on top of the stored histories, checked like new ops. */
  private static Canvas apply(List<Op> history, List<Op> ops) {
    Checked<Canvas> c = OpApplication.replay(Canvas.empty(), history, ops);
    assertThat(c).as(ops.toString()).isInstanceOf(Checked.Ok.class);
    return ((Checked.Ok<Canvas>) c).value();
  }

  private static Canvas pushed(String text) {
    return apply(List.of(), PushPlan.ops(Canvas.empty(), parse(text, 1)));
  }

  /** Datastores need unique, non-empty names (backend.md 4.2); the server would reject the push. */
  private static boolean pushable(Canvas c) {
    var names = new HashSet<String>();
    return c.dbs().live().values().stream().allMatch(db -> !db.name().isEmpty() && names.add(db.name()));
  }

  private static Canvas pushableCanvas(Random r) {
    while (true) {
      Canvas c = CanvasGen.canvas(r);
      if (pushable(c)) return c;
    }
  }

  @Test
  void pullAfterPushReproducesTheFileWhateverTheCanvasWas() {
    Property.forAll(500, r -> List.of(pushableCanvas(r), pushableCanvas(r)), pair -> {
      String before = CanvasText.print(pair.get(0));
      String after = CanvasText.print(pair.get(1));
      List<Op> history = PushPlan.ops(Canvas.empty(), parse(before, 1));
      Canvas current = apply(List.of(), history);
      List<Op> ops = PushPlan.ops(current, parse(after, 1_000_000));
      var all = new ArrayList<>(history);
      all.addAll(ops);
      Canvas result = apply(history, ops);
      assertThat(CanvasText.print(result)).isEqualTo(after);
      assertThat(PushPlan.ops(result, parse(after, 2_000_000))).as("a second push changes nothing").isEmpty();
      assertThat(apply(List.of(), all).live()).hasSameSizeAs(result.live());
    });
  }

  @Test
  void aNewCanvasGetsOneCreationPerSectionPlacedInFileOrder() {
    List<Op> ops = PushPlan.ops(Canvas.empty(), parse("""
        [http-handler GET /a]
        1
        [fn f -> Int]
        2
        [db D {"n": "Str"}]
        [worker w]
        """, 1));
    assertThat(ops).extracting(o -> o.getClass().getSimpleName())
        .containsExactly("SetHandler", "SetFunction", "CreateDB", "AddDBCol", "SetDBColName", "SetDBColType", "SetHandler");
    Canvas c = apply(List.of(), ops);
    assertThat(c.live()).extracting(tl -> tl.position().map(p -> p.y()).orElse(-1)).containsExactlyInAnyOrder(0, 200, 400, -1);
  }

  @Test
  void aChangedSectionIsEditedInPlaceAfterASavepointSoOneUndoRevertsIt() {
    var history = new ArrayList<>(PushPlan.ops(Canvas.empty(), parse("[http-handler GET /a]\n1\n[worker w]\n2\n", 1)));
    Canvas before = apply(List.of(), history);
    long handler = before.handlers().live().values().stream()
        .filter(h -> h.spec().name().equals("/a")).findFirst().orElseThrow().tlid();

    List<Op> ops = PushPlan.ops(before, parse("[http-handler GET /a]\n3\n[worker w]\n2\n", 100));
    assertThat(ops).hasSize(2);
    assertThat(ops.get(0)).isEqualTo(new Op.TLSavepoint(handler));
    assertThat(ops.get(1)).isInstanceOfSatisfying(Op.SetHandler.class, s -> assertThat(s.tlid()).isEqualTo(handler));
    history.addAll(ops);
    Canvas after = apply(List.of(), history);
    assertThat(CanvasText.print(after)).startsWith("[http-handler GET /a]\n3\n");

    Canvas undone = apply(history, List.of(new Op.UndoTL(handler)));
    assertThat(CanvasText.print(undone)).isEqualTo(CanvasText.print(before));
  }

  @Test
  void aSectionLeftOutIsDeletedAndAnUndoBringsItBack() {
    var history = new ArrayList<>(PushPlan.ops(Canvas.empty(), parse("[fn f -> Int]\n1\n[db D {}]\n[worker w]\n", 1)));
    Canvas before = apply(List.of(), history);
    PushPlan.Plan plan = PushPlan.plan(before, parse("[worker w]\n[repl r]\n", 100));
    assertThat(List.of(plan.created(), plan.changed(), plan.deleted())).containsExactly(1, 0, 2);
    List<Op> ops = PushPlan.ops(before, parse("[worker w]\n", 100));
    assertThat(ops).extracting(o -> o.getClass().getSimpleName())
        .containsExactlyInAnyOrder("TLSavepoint", "DeleteFunction", "TLSavepoint", "DeleteTL");
    history.addAll(ops);
    Canvas after = apply(List.of(), history);
    assertThat(after.live()).hasSize(1);
    assertThat(after.deleted()).hasSize(2);
    long fn = before.functions().live().firstKey();
    assertThat(apply(history, List.of(new Op.UndoTL(fn))).functions().live()).containsKey(fn);
  }

  @Test
  void columnsKeepTheirIdsWhileTheirNameAndPlaceStay() {
    Canvas before = pushed("[db D {\"a\": \"Str\", \"b\": \"Int\", \"c\": \"Bool\"}]\n");
    Toplevel.Db db = before.dbs().live().values().iterator().next();
    List<Op> ops = PushPlan.ops(before, parse("[db D {\"a\": \"Int\", \"c\": \"Bool\"}]\n", 100));
    assertThat(ops).startsWith(new Op.TLSavepoint(db.tlid()), new Op.SetDBColType(db.tlid(), db.cols().get(0).typeId(), "Int"),
        new Op.DeleteDBCol(db.tlid(), db.cols().get(1).nameId()), new Op.DeleteDBCol(db.tlid(), db.cols().get(2).nameId()));
  }

  @Test
  void whatTheTextDoesNotSayIsKept() {
    Canvas before = pushed("[fn f a:Int -> Int]\na\n");
    Toplevel.UserFn fn = before.functions().live().values().iterator().next();
    var described = new Toplevel.UserFn(fn.tlid(), fn.name(), fn.nameId(),
        List.of(new Toplevel.UserFn.Param("a", 5, fn.params().get(0).type(), 6, "the number")),
        fn.returnType(), fn.returnTypeId(), "adds nothing", false, fn.body());
    Canvas current = before.withFunctions(before.functions().set(described));
    assertThat(PushPlan.ops(current, parse("[fn f a:Int -> Int]\na\n", 100))).isEmpty();
    List<Op> ops = PushPlan.ops(current, parse("[fn f a:Int -> Int]\na + 1\n", 100));
    assertThat(ops.get(1)).isInstanceOfSatisfying(Op.SetFunction.class, s -> {
      assertThat(s.fn().description()).isEqualTo("adds nothing");
      assertThat(s.fn().params().get(0).description()).isEqualTo("the number");
      assertThat(s.fn().params().get(0).nameId()).isEqualTo(5);
    });
  }
}
