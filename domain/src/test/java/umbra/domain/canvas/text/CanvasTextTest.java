package umbra.domain.canvas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import umbra.domain.canvas.Canvas;
import umbra.domain.canvas.CronInterval;
import umbra.domain.canvas.HandlerSpec;
import umbra.domain.canvas.Toplevel;
import umbra.domain.syntax.DType;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.ParseError;
import umbra.domain.syntax.Parsed;

/** The canvas text format as a user writes it: every section kind, and errors that name the line. */
class CanvasTextTest {
  private static final String SAMPLE = """
      // a canvas kept in git
      [db Users {"name": "Str", "tags": "[Str]", "": ""}]

      [type Person@1 name:Str age:Int friends:List<Person>]

      [fn greet name:Str times -> Result<Str, Int>]
      let greeting = "hello " ++ name
      greeting

      [http-handler GET /users/:id]
      id

      [http-basic-handler POST "/raw body"]
      [worker sendMail]
      [cron nightly Every 12hrs]
      1
      [cron unscheduled]
      [repl scratch]
      [old-worker MOD name]
      [unknown-handler x y]
      """;

  private static Canvas read(String text) {
    return CanvasText.parse(text, 1).orElseThrow();
  }

  private static ParseError error(String text) {
    Parsed<Canvas> parsed = CanvasText.parse(text, 1);
    assertThat(parsed).isInstanceOf(Parsed.Failed.class);
    return ((Parsed.Failed<Canvas>) parsed).error();
  }

  @Test
  void everySectionKindIsRead() {
    Canvas c = read(SAMPLE);
    assertThat(c.live()).hasSize(11);
    Toplevel.Db db = c.dbs().live().values().iterator().next();
    assertThat(db.name()).isEqualTo("Users");
    assertThat(db.cols()).extracting(Toplevel.Db.Column::name)
        .containsExactly(Optional.of("name"), Optional.of("tags"), Optional.empty());
    assertThat(db.cols().get(1).type()).contains(new DType.TList(DType.STR));
    assertThat(db.cols().get(2).type()).isEmpty();

    Toplevel.UserType type = c.types().live().values().iterator().next();
    assertThat(type.name()).isEqualTo("Person");
    assertThat(type.version()).isEqualTo(1);
    assertThat(type.fields().get(2).type()).contains(new DType.TList(new DType.TUserType("Person", 0)));

    Toplevel.UserFn fn = c.functions().live().values().iterator().next();
    assertThat(fn.params()).extracting(Toplevel.UserFn.Param::name).containsExactly("name", "times");
    assertThat(fn.params().get(1).type()).isEmpty();
    assertThat(fn.returnType()).isEqualTo(new DType.TResult(DType.STR, DType.INT));
    assertThat(fn.body()).isInstanceOf(Expr.ELet.class);

    List<HandlerSpec> specs = c.handlers().live().values().stream().map(Toplevel.Handler::spec).toList();
    assertThat(specs.get(0)).isInstanceOfSatisfying(HandlerSpec.Http.class, h -> {
      assertThat(h.method()).isEqualTo("GET");
      assertThat(h.route()).isEqualTo("/users/:id");
    });
    assertThat(specs.get(1)).isInstanceOfSatisfying(HandlerSpec.HttpBasic.class,
        h -> assertThat(h.route()).isEqualTo("/raw body"));
    assertThat(specs.get(3)).isInstanceOfSatisfying(HandlerSpec.Cron.class,
        h -> assertThat(h.interval()).contains(CronInterval.EVERY_12_HOURS));
    assertThat(specs.get(4)).isInstanceOfSatisfying(HandlerSpec.Cron.class, h -> assertThat(h.interval()).isEmpty());
    // a handler without code is blank, as a fresh handler in the editor
    assertThat(c.handlers().live().values().stream().toList().get(1).ast()).isInstanceOf(Expr.EBlank.class);
  }

  @Test
  void theCanonicalFormSortsSectionsAndLaysOutCode() {
    String printed = CanvasText.print(read(SAMPLE));
    assertThat(printed).startsWith("""
        [db Users {"name": "Str", "tags": "[Str]", "": ""}]

        [type Person@1 name:Str age:Int friends:List<Person>]

        [fn greet name:Str times -> Result<Str, Int>]
        let greeting = "hello " ++ name in
        greeting

        [http-handler GET /users/:id]
        id

        [http-basic-handler POST "/raw body"]
        blank
        """);
    assertThat(printed).contains("[cron nightly Every 12hrs]\n1\n").endsWith("[unknown-handler x y]\nblank\n");
    assertThat(CanvasText.print(read(printed))).isEqualTo(printed);
  }

  @Test
  void namesHoldingUnicodeLineBreaksStayOnTheirHeaderLine() {
    // U+0085, U+2028 and U+2029 end a line for the reader; a name holding one is escaped
    String printed = CanvasText.print(read("[worker \"a\\u2029b\\u2028c\\u0085d\"]\n1\n"));
    assertThat(printed).startsWith("[worker \"a\\u2029b\\u2028c\\u0085d\"]\n");
    assertThat(CanvasText.print(read(printed))).isEqualTo(printed);
    Toplevel.Handler h = (Toplevel.Handler) read("[http-handler GET /x]\n\"a\u2028b\"\n").live().get(0);
    assertThat(h.ast()).isEqualTo(new Expr.EString(h.ast().id(), "a\u2028b"));
  }

  @Test
  void anEmptyFileIsAnEmptyCanvas() {
    assertThat(read("").live()).isEmpty();
    assertThat(read("// nothing yet\n\n").live()).isEmpty();
    assertThat(CanvasText.print(Canvas.empty())).isEmpty();
  }

  @Test
  void codeErrorsNameTheLineInTheFile() {
    ParseError e = error("[worker a]\n1\n\n[http-handler GET /x]\nlet x = \n");
    assertThat(e.line()).isEqualTo(5);
  }

  @Test
  void headerErrorsNameTheirLine() {
    assertThat(error("[worker a]\n1\n[cron c Hourly]\n").toString())
        .startsWith("line 3, column").contains("unknown cron interval 'Hourly'");
    assertThat(error("\n[db X {\"a\": \"Strr\"}]\n").toString()).startsWith("line 2").contains("unknown column type 'Strr'");
    assertThat(error("[http-handler GET]\n").toString()).startsWith("line 1").contains("expected a route");
    assertThat(error("[worker a b]\n").toString()).contains("unexpected 'b'");
    assertThat(error("[fn f a:List<Int -> Int]\n").toString()).startsWith("line 1").contains("expected '>'");
    assertThat(error("[type Int a:Int]\n").toString()).contains("builtin");
    assertThat(error("[worker \"a]\n").toString()).contains("closing");
  }

  @Test
  void textOutsideSectionsAndCodeInDeclarationsAreErrors() {
    assertThat(error("// fine\nlet x = 1\n[worker a]\n").toString()).startsWith("line 2, column 1: expected a section header");
    assertThat(error("[db X]\n\n1 + 1\n").toString()).startsWith("line 3").contains("a datastore section has no code");
    assertThat(error("[worker a\n").line()).isEqualTo(1);
  }

  @Test
  void aListLiteralAtTheStartOfALineIsCode() {
    Canvas c = read("[repl r]\n[1; 2]\n");
    assertThat(c.handlers().live().values().iterator().next().ast()).isInstanceOf(Expr.EList.class);
  }
}
