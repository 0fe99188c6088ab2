package umbra.handler.testing;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import umbra.domain.eval.EffectRequest;
import umbra.domain.queue.Emit;
import umbra.domain.queue.EventDesc;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.domain.value.Repr;
import umbra.handler.effects.EffectPerformer;

/**
 * The state behind the {@code Test::*} effects for one test (test-format.md 1.5): its side-effect
 * counter (0 at the start of every test), its canvas and its queue of emitted events (kept in
 * memory: the runner runs no workers, it only lets a test read what it emitted), and the
 * runner-wide account and canvases.
 */
final class TestEffects implements EffectPerformer {
  private final TestCanvas canvas;
  private final TestWorld world;
  private final PrintStream inspectOutput;
  private long sideEffects;
  private final List<Emit> queue = new ArrayList<>();

  TestEffects(TestCanvas canvas, TestWorld world, PrintStream inspectOutput) {
    this.canvas = canvas;
    this.world = world;
    this.inspectOutput = inspectOutput;
  }

  @Override
  public Optional<Dval> perform(EffectRequest request) {
    if (request.command() instanceof Emit emit) {
      queue.add(emit);
      return Optional.of(emit.value());
    }
    if (!request.function().module().equals("Test")) return Optional.empty();
    List<Dval> args = request.args();
    return Optional.ofNullable(switch (request.function().function()) {
      case "incrementSideEffectCounter" -> {
        sideEffects++;
        yield args.get(0);
      }
      case "sideEffectCount" -> new DInt(sideEffects);
      case "inspect" -> {
        inspectOutput.println(((DStr) args.get(1)).value() + ": " + Repr.toRepr(args.get(0)));
        yield args.get(0);
      }
      case "getCanvasName" -> new DStr(canvas.name());
      case "getCanvasID" -> new DUuid(canvas.id());
      case "getUserID" -> new DUuid(world.userId());
      case "createCanvas" -> new DUuid(world.canvasId(((DStr) args.get(0)).value()));
      case "deleteUser" -> Dval.NULL;
      case "getQueue" -> {
        var desc = EventDesc.worker(((DStr) args.get(0)).value());
        yield new DList(queue.stream().filter(e -> e.target().equals(desc)).map(Emit::value).toList());
      }
      default -> null;
    });
  }

  /** The canvas a test runs on: its name and id. */
  record TestCanvas(String name, UUID id) {}
}
