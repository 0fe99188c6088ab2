package umbra.domain.canvas.text;

import umbra.domain.canvas.Canvas;
import umbra.domain.syntax.Parsed;

/**
 * A canvas as a text file, for keeping canvases in files and in git: one section per live
 * toplevel, a header line in the style of Dark's test files followed by the toplevel's code.
 *
 * <pre>
 * [db Users {"name": "Str", "age": "Int"}]
 *
 * [type Person name:Str age:Int]
 *
 * [fn greet name:Str -> Str]
 * "hello " ++ name
 *
 * [http-handler GET /users/:id]
 * DB.get_v2 id Users
 *
 * [cron nightly Daily]
 * Worker.emit_v1 {} "sendMail"
 * </pre>
 *
 * <p>{@code [test NAME]} sections hold a Dark expression that must be true ({@code actual =
 * expected} compares): the file's own tests, run by {@code umbra test FILE.dark}. They are not
 * toplevels: {@link #parse} leaves them out, so a push never sends them and a pull never prints them.
 *
 * <p>The other headers: {@code [http-basic-handler POST /raw]}, {@code [worker sendMail]},
 * {@code [old-worker MODULE name]}, {@code [repl scratch]}, {@code [unknown-handler name modifier]}.
 *
 * <ul>
 *   <li>Header words are bare, or JSON strings when empty or holding spaces, quotes or colons
 *       ({@code [worker ""]}). A cron's interval is the rest of the line ({@code Every 1hr});
 *       without one the cron is incomplete.</li>
 *   <li>{@code fn}: parameters {@code name:Type} (a bare {@code name} leaves the type blank),
 *       then {@code -> ReturnType} (default {@code 'a}). {@code type}: the name
 *       ({@code Person@2} for version 2), then fields like parameters. Types use
 *       {@link TypeText}'s notation.</li>
 *   <li>{@code db}: the name and a JSON object of column name to column type, in column order;
 *       the types are the names users type into a column ({@code Str}, {@code [Int]}); an empty
 *       string is a blank name or type.</li>
 *   <li>Code is Dark's test syntax (language.md Part B) up to the next header; an empty body is
 *       {@code blank}. Before the first header only blank lines and {@code //} comments.</li>
 * </ul>
 *
 * <p>{@link #print} writes the canonical form: sections sorted by kind and name, each body laid
 * out over lines by {@link umbra.domain.syntax.Printer#format}, a blank line between sections. Positions,
 * editor ids and descriptions are not part of the text. Parsing a printed canvas and printing it
 * again gives the same text.
 */
public final class CanvasText {
  private CanvasText() {}

  /** The canvas's live toplevels in the canonical form; deleted ones are not part of the text. */
  public static String print(Canvas canvas) {
    return CanvasTextPrinter.print(canvas.live());
  }

  /**
   * The toplevels of a text, not yet placed on the canvas (position 0, 0). Tlids and every other
   * id are numbered from {@code firstId} in file order, so later sections get larger tlids.
   * Errors name the file's line and column.
   */
  public static Parsed<Canvas> parse(String text, long firstId) {
    return read(text, firstId).map(CanvasFile::canvas);
  }

  /**
   * As {@link #parse}, with where each toplevel and expression is written (for warnings that
   * name a line and column) and the file's {@code [test NAME]} sections.
   */
  public static Parsed<CanvasFile> read(String text, long firstId) {
    return CanvasTextReader.read(text, firstId);
  }

  /** Whether a line is a section header of this format (not a {@code .tests} file's {@code [test.name]}). */
  public static boolean isSectionHeader(String line) {
    return CanvasTextReader.looksLikeHeader(line);
  }
}
