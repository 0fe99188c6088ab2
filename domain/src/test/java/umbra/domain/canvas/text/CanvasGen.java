package umbra.domain.canvas.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import umbra.domain.canvas.Canvas;
import umbra.domain.canvas.CronInterval;
import umbra.domain.canvas.HandlerSpec;
import umbra.domain.canvas.Position;
import umbra.domain.canvas.Toplevel;
import umbra.domain.syntax.DType;
import umbra.domain.syntax.ExprGenerator;
import umbra.domain.syntax.TypeNames;
import umbra.testing.Gen;

/**
 * Random canvases for the text format's properties: every toplevel kind and handler spec, names
 * that need quoting, every DType, bodies from {@link ExprGenerator}. What the format does not
 * carry is fixed: positions (0, 0), empty descriptions, no infix, DB version 0 and name id = tlid.
 */
final class CanvasGen {
  private static final List<String> NAMES =
      List.of("users", "sendMail", "a b", "", "x:y", "->", "\"q\"", "über", "[x]", "a]", "tab\there", "nightly");
  private static final List<String> ROUTES = List.of("/", "/users/:id", "/a b", "", "/x]", "/über/:x/y", "/%_");
  private static final List<String> METHODS = List.of("GET", "POST", "", "PUT X", "DELETE");
  private static final List<String> WORDS = List.of("a", "b", "elem", "x1", "x y", "");
  private static final List<String> TYPE_NAMES = List.of("Person", "Int", "My Type", "List", "T_2", "");
  private static final List<String> COLUMN_TYPES =
      List.of("Str", "Int", "Float", "Bool", "Date", "Password", "UUID", "Dict", "List", "Any", "Nothing", "Character",
          "Tuple", "Block", "Incomplete", "Error", "Response", "Datastore", "Option", "ErrorRail", "Result",
          "[Str]", "[Int]", "[Float]", "[Bool]", "[Password]", "[UUID]", "[Dict]", "[Date]");

  private final Random r;
  private long nextId = 1;

  private CanvasGen(Random r) { this.r = r; }

  static Canvas canvas(Random r) {
    var gen = new CanvasGen(r);
    Canvas c = Canvas.empty();
    for (Toplevel tl : Gen.list(r, 0, 8, x -> gen.toplevel())) c = c.withLoaded(tl, false);
    return c;
  }

  static DType type(Random r, int depth) {
    return new CanvasGen(r).type(depth);
  }

  private long id() { return nextId++; }

  private Toplevel toplevel() {
    return switch (r.nextInt(4)) {
      case 0 -> new Toplevel.Handler(id(), new Position(0, 0), ExprGenerator.expr(r, 3), spec());
      case 1 -> new Toplevel.UserFn(id(), name(), id(),
          Gen.list(r, 0, 3, x -> new Toplevel.UserFn.Param(name(), id(), optionalType(), id(), "")),
          type(2), id(), "", false, ExprGenerator.expr(r, 3));
      case 2 -> new Toplevel.UserType(id(), Gen.oneOf(r, TYPE_NAMES), id(), r.nextInt(3),
          Gen.list(r, 0, 3, x -> new Toplevel.UserType.Field(name(), optionalType(), id(), id())));
      default -> {
        long tlid = id();
        yield new Toplevel.Db(tlid, new Position(0, 0), name(), tlid, 0, Gen.list(r, 0, 4, x -> new Toplevel.Db.Column(
            Optional.of(name()).filter(n -> !n.isEmpty()), // SetDBColName "" unsets the name
            r.nextInt(5) == 0 ? Optional.empty() : TypeNames.parse(Gen.oneOf(r, COLUMN_TYPES)), id(), id())));
      }
    };
  }

  private HandlerSpec spec() {
    var ids = new HandlerSpec.Ids(id(), id(), id());
    return switch (r.nextInt(7)) {
      case 0 -> new HandlerSpec.Http(Gen.oneOf(r, ROUTES), Gen.oneOf(r, METHODS), ids);
      case 1 -> new HandlerSpec.HttpBasic(Gen.oneOf(r, ROUTES), Gen.oneOf(r, METHODS), ids);
      case 2 -> new HandlerSpec.Worker(name(), ids);
      case 3 -> new HandlerSpec.OldWorker(name(), name(), ids);
      case 4 -> new HandlerSpec.Cron(name(),
          r.nextBoolean() ? Optional.empty() : Optional.of(Gen.oneOf(r, CronInterval.values())), ids);
      case 5 -> new HandlerSpec.Repl(name(), ids);
      default -> new HandlerSpec.UnknownHandler(name(), Gen.oneOf(r, METHODS), ids);
    };
  }

  private String name() {
    return r.nextInt(6) == 0 ? Gen.string(r, 5) : Gen.oneOf(r, NAMES);
  }

  private Optional<DType> optionalType() {
    return r.nextInt(4) == 0 ? Optional.empty() : Optional.of(type(2));
  }

  private DType type(int depth) {
    int leaves = 15;
    int choice = r.nextInt(depth == 0 ? leaves : leaves + 11);
    return switch (choice) {
      case 0 -> DType.INT;
      case 1 -> DType.FLOAT;
      case 2 -> DType.BOOL;
      case 3 -> new DType.TNull();
      case 4 -> DType.STR;
      case 5 -> new DType.TChar();
      case 6 -> new DType.TDate();
      case 7 -> new DType.TPassword();
      case 8 -> new DType.TUuid();
      case 9 -> new DType.TBytes();
      case 10 -> new DType.TIncomplete();
      case 11 -> new DType.TError();
      case 12 -> new DType.TErrorRail();
      case 13 -> new DType.TVariable(Gen.oneOf(r, WORDS));
      case 14 -> new DType.TUserType(Gen.oneOf(r, TYPE_NAMES), r.nextInt(3));
      case 15 -> new DType.TList(type(depth - 1));
      case 16 -> new DType.TDict(type(depth - 1));
      case 17 -> new DType.TOption(type(depth - 1));
      case 18 -> new DType.THttpResponse(type(depth - 1));
      case 19 -> new DType.TDB(type(depth - 1));
      case 20 -> new DType.TResult(type(depth - 1), type(depth - 1));
      case 21 -> new DType.TTuple(type(depth - 1), type(depth - 1), Gen.list(r, 0, 2, x -> type(depth - 1)));
      case 22 -> new DType.TFn(Gen.list(r, 0, 3, x -> type(depth - 1)), type(depth - 1));
      default -> new DType.TRecord(new ArrayList<>(Gen.list(r, 0, 3, x -> new DType.Field(name(), type(depth - 1)))));
    };
  }
}
