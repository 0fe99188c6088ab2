package umbra.domain.canvas.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import umbra.domain.canvas.Canvas;
import umbra.domain.canvas.CronInterval;
import umbra.domain.canvas.HandlerSpec;
import umbra.domain.canvas.Position;
import umbra.domain.canvas.Toplevel;
import umbra.domain.syntax.DType;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.ParseError;
import umbra.domain.syntax.Parsed;
import umbra.domain.syntax.Parser;
import umbra.domain.syntax.Positioned;
import umbra.domain.syntax.SourcePosition;
import umbra.domain.syntax.TypeNames;

/** Reads the canvas text format ({@link CanvasText}) into toplevels, numbering ids from a given start. */
final class CanvasTextReader {
  private static final Pattern HEADER = Pattern.compile(
      "^\\[(http-handler|http-basic-handler|worker|old-worker|cron|repl|unknown-handler|fn|db|type|test)(?=[\\s\\]])");
  /** Everything a toplevel is drawn at until the push places it. */
  private static final Position UNPLACED = new Position(0, 0);

  private final List<String> lines;
  private long nextId;
  private Canvas canvas = Canvas.empty();
  /** Where every id of the canvas is written in the file: a toplevel's at its header. */
  private final Map<Long, SourcePosition> positions = new HashMap<>();
  private final List<CanvasTest> tests = new ArrayList<>();

  private CanvasTextReader(String text, long firstId) {
    // lines end at \n, \r\n or \r only: U+2028 and friends inside a string literal are text
    this.lines = Arrays.asList(text.split("\r\n|\n|\r", -1));
    this.nextId = firstId;
  }

  /** Whether a line starts a section: {@code [} and a section kind at the start of the line. */
  static boolean looksLikeHeader(String line) {
    return HEADER.matcher(line).find();
  }

  static Parsed<CanvasFile> read(String text, long firstId) {
    try {
      var reader = new CanvasTextReader(text, firstId);
      return new Parsed.Ok<>(new CanvasFile(reader.sections(), reader.positions, reader.tests));
    } catch (HeaderReader.Failure f) {
      return new Parsed.Failed<>(f.error);
    }
  }

  private Canvas sections() {
    List<Integer> headers = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) if (looksLikeHeader(lines.get(i))) headers.add(i);
    int firstHeader = headers.isEmpty() ? lines.size() : headers.get(0);
    for (int i = 0; i < firstHeader; i++) {
      if (!isBlankOrComment(lines.get(i))) {
        throw failure(i + 1, 1, "expected a section header such as [http-handler GET /path] or [fn name -> Str]");
      }
    }
    for (int h = 0; h < headers.size(); h++) {
      int start = headers.get(h);
      int end = h + 1 < headers.size() ? headers.get(h + 1) : lines.size();
      section(start, lines.subList(start + 1, end));
    }
    return canvas;
  }

  /** One header at index {@code at} (line {@code at + 1}) and the lines of its body. */
  private void section(int at, List<String> body) {
    String line = lines.get(at).stripTrailing();
    int lineNo = at + 1;
    if (!line.endsWith("]")) throw failure(lineNo, line.length() + 1, "a section header ends with ']'");
    Matcher m = HEADER.matcher(line);
    m.find();
    String kind = m.group(1);
    var header = new HeaderReader(line.substring(1, line.length() - 1), lineNo);
    header.word("the section kind");
    if (kind.equals("test")) {
      test(header, lineNo, body);
      return;
    }
    Toplevel tl = switch (kind) {
      case "fn" -> function(header, lineNo, body);
      case "db" -> db(header, lineNo, body);
      case "type" -> type(header, lineNo, body);
      default -> handler(kind, header, lineNo, body);
    };
    canvas = canvas.withLoaded(tl, false);
    positions.put(tl.tlid(), new SourcePosition(lineNo, 1));
  }

  /**
   * {@code [test NAME]}: a Dark expression that must be true (or {@code actual = expected}); not a
   * toplevel, so it takes no ids and a push never sees it. Its code must parse like any other.
   */
  private void test(HeaderReader h, int lineNo, List<String> body) {
    String name = h.rest();
    if (name.isEmpty()) throw h.fail("expected the test's name");
    int last = body.size();
    while (last > 0 && isBlankOrComment(body.get(last - 1))) last--;
    String code = String.join("\n", body.subList(0, last));
    if (last > 0 && Parser.parseTest(code) instanceof Parsed.Failed<?> failed) {
      throw failure(lineNo + failed.error().line(), failed.error().column(), failed.error().message());
    }
    tests.add(new CanvasTest(name, lineNo, code));
  }

  private Toplevel handler(String kind, HeaderReader h, int lineNo, List<String> body) {
    long tlid = next();
    HandlerSpec.Ids ids = new HandlerSpec.Ids(next(), next(), next());
    HandlerSpec spec = switch (kind) {
      case "http-handler" -> {
        String method = h.word("a method such as GET");
        yield new HandlerSpec.Http(h.word("a route such as /users/:id"), method, ids);
      }
      case "http-basic-handler" -> {
        String method = h.word("a method such as POST");
        yield new HandlerSpec.HttpBasic(h.word("a route such as /raw"), method, ids);
      }
      case "worker" -> new HandlerSpec.Worker(h.word("the worker's name"), ids);
      case "old-worker" -> {
        String module = h.word("the worker's module");
        yield new HandlerSpec.OldWorker(module, h.word("the worker's name"), ids);
      }
      case "cron" -> new HandlerSpec.Cron(h.word("the cron's name"), interval(h), ids);
      case "repl" -> new HandlerSpec.Repl(h.word("the REPL's name"), ids);
      case "unknown-handler" -> {
        String name = h.word("the handler's name");
        yield new HandlerSpec.UnknownHandler(name, h.word("the handler's modifier"), ids);
      }
      default -> throw new IllegalStateException("not a handler kind: " + kind);
    };
    h.end();
    return new Toplevel.Handler(tlid, UNPLACED, code(lineNo, body), spec);
  }

  private static Optional<CronInterval> interval(HeaderReader h) {
    String text = h.rest();
    if (text.isEmpty()) return Optional.empty();
    return Optional.of(CronInterval.parse(text).orElseThrow(() -> h.fail("unknown cron interval '" + text + "'; use one of "
        + Arrays.stream(CronInterval.values()).map(CronInterval::text).collect(Collectors.joining(", ")))));
  }

  private Toplevel function(HeaderReader h, int lineNo, List<String> body) {
    long tlid = next();
    String name = h.word("the function's name");
    long nameId = next();
    var params = new ArrayList<Toplevel.UserFn.Param>();
    DType returns = DType.ANY;
    while (!h.atEnd()) {
      if (h.eat("->")) {
        returns = h.type();
        h.end();
        break;
      }
      HeaderReader.Named p = h.named("a parameter");
      params.add(new Toplevel.UserFn.Param(p.name(), next(), p.type(), next(), ""));
    }
    return new Toplevel.UserFn(tlid, name, nameId, params, returns, next(), "", false, code(lineNo, body));
  }

  private Toplevel db(HeaderReader h, int lineNo, List<String> body) {
    long tlid = next();
    String name = h.word("the datastore's name");
    var cols = new ArrayList<Toplevel.Db.Column>();
    for (HeaderReader.Column c : h.columns()) {
      Optional<DType> type = c.type().isEmpty() ? Optional.empty()
          : Optional.of(TypeNames.parse(c.type()).orElseThrow(() -> h.fail("unknown column type '" + c.type()
              + "'; use Str, Int, Float, Bool, Date, Password, UUID, Dict, List, [Str], ...")));
      cols.add(new Toplevel.Db.Column(c.name().isEmpty() ? Optional.empty() : Optional.of(c.name()), type, next(), next()));
    }
    h.end();
    noCode(lineNo, body, "datastore");
    // CreateDB gives a datastore its tlid as name id (backend.md 4.2)
    return new Toplevel.Db(tlid, UNPLACED, name, tlid, 0, cols);
  }

  private Toplevel type(HeaderReader h, int lineNo, List<String> body) {
    long tlid = next();
    if (h.atEnd()) throw h.fail("expected the type's name");
    if (!(h.type() instanceof DType.TUserType named)) throw h.fail("a type's name cannot be a builtin type's; quote it");
    var fields = new ArrayList<Toplevel.UserType.Field>();
    while (!h.atEnd()) {
      HeaderReader.Named f = h.named("a field");
      fields.add(new Toplevel.UserType.Field(f.name(), f.type(), next(), next()));
    }
    noCode(lineNo, body, "type");
    return new Toplevel.UserType(tlid, named.name(), next(), named.version(), fields);
  }

  /** A body without code is a blank (what the editor shows for an empty handler). */
  private Expr code(int headerLine, List<String> body) {
    if (body.stream().allMatch(CanvasTextReader::isBlankOrComment)) return new Expr.EBlank(next());
    int last = body.size();
    while (body.get(last - 1).isBlank()) last--;
    // without the trailing blank lines, an unfinished expression is reported on its last line
    return switch (Parser.parseExprPositioned(String.join("\n", body.subList(0, last)), nextId)) {
      case Parsed.Ok<Positioned<Expr>> ok -> {
        Expr e = ok.value().value();
        nextId = Math.max(nextId, MaxId.of(e) + 1);
        ok.value().positions().forEach((id, at) -> positions.put(id, new SourcePosition(headerLine + at.line(), at.column())));
        yield e;
      }
      case Parsed.Failed<Positioned<Expr>> failed -> {
        ParseError e = failed.error();
        throw failure(headerLine + e.line(), e.column(), e.message());
      }
    };
  }

  private void noCode(int headerLine, List<String> body, String what) {
    for (int i = 0; i < body.size(); i++) {
      if (!isBlankOrComment(body.get(i))) throw failure(headerLine + 1 + i, 1, "a " + what + " section has no code");
    }
  }

  private static boolean isBlankOrComment(String line) {
    String s = line.strip();
    return s.isEmpty() || s.startsWith("//");
  }

  private long next() { return nextId++; }

  private static HeaderReader.Failure failure(int line, int column, String message) {
    return new HeaderReader.Failure(new ParseError(line, column, message));
  }
}
