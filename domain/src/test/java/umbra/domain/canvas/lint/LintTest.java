package umbra.domain.canvas.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import umbra.domain.canvas.text.CanvasFile;
import umbra.domain.canvas.text.CanvasText;
import umbra.domain.stdlib.StdLib;
import umbra.domain.syntax.SourcePosition;

/** The warnings a push shows, each at the line and column of what it is about. */
class LintTest {

  /** Each warning as {@code LINE:COLUMN: message}, in file order. */
  private static List<String> warnings(String text, String... secrets) {
    CanvasFile f = CanvasText.read(text, 1).orElseThrow();
    Map<Long, SourcePosition> at = f.positions();
    return Lint.of(f.canvas(), StdLib.registry(), Set.of(secrets)).stream()
        .sorted(Comparator.comparing((Warning w) -> at.getOrDefault(w.exprId(), at.get(w.tlid())).line())
            .thenComparing(w -> at.getOrDefault(w.exprId(), at.get(w.tlid())).column()))
        .map(w -> at.getOrDefault(w.exprId(), at.get(w.tlid())) + ": " + w.message())
        .toList();
  }

  @Test
  void aCorrectCanvasHasNoWarnings() {
    assertThat(warnings("""
        [db Links {"url": "Str"}]

        [fn shorten url:Str -> Str]
        String.slice url 0 5

        [http-handler GET /links/:key]
        let found = DB.get_v2 key Links
        match found with
        | Just link -> shorten link.url
        | Nothing -> List.map [1; 2] (fun x -> toString (x + String.length TOKEN))
          |> toString

        [http-handler POST /links/:key]
        emit_v1 request.body "clicks"

        [worker clicks]
        let a = (event, 1) in a
        """, "TOKEN")).isEmpty();
  }

  @Test
  void aCallOfAFunctionThatDoesNotExistSuggestsTheClosestNames() {
    assertThat(warnings("""
        [fn shorten url:Str -> Str]
        url

        [http-handler GET /a]
        let n = String.lenght "abc"
        shortne (String.toInt_v9 "1")
        """)).containsExactly(
            "5:9: there is no function String.lenght; did you mean String.length_v1?",
            "6:1: there is no function shortne; did you mean shorten?",
            "6:10: there is no function String.toInt_v9; did you mean String.toInt_v1?");
  }

  @Test
  void aVariableNothingBindsIsNamed() {
    assertThat(warnings("""
        [fn f x:Int -> Int]
        let y = 1
        x + y + z + (List.map [1] (fun w -> w + v)) + (match 1 with | q -> q + r)

        [http-handler GET /u/:name]
        name ++ nmae ++ event
        """)).containsExactly(
            "3:9: nothing binds the variable z",
            "3:41: nothing binds the variable v",
            "3:72: nothing binds the variable r",
            "6:9: nothing binds the variable nmae; did you mean name?",
            "6:17: nothing binds the variable event");
  }

  @Test
  void inputsAreBoundOnlyWhereTheyArrive() {
    assertThat(warnings("""
        [worker w]
        event

        [cron c Daily]
        event

        [http-basic-handler POST /raw]
        request
        """)).containsExactly("5:1: nothing binds the variable event");
  }

  @Test
  void twoHandlersOnOneMethodAndRouteAreBothWarnedAbout() {
    assertThat(warnings("""
        [http-handler GET /users/:id]
        id

        [http-handler GET /users/:name/]
        name

        [http-handler POST /users/:id]
        id
        """)).containsExactly(
            "1:1: another handler also serves GET /users/:name/: every request to GET /users/:id will answer 500 until one goes",
            "4:1: another handler also serves GET /users/:id: every request to GET /users/:name/ will answer 500 until one goes");
  }

  @Test
  void datastoresWorkersAndFunctionsUsedButNotDeclared() {
    assertThat(warnings("""
        [db Links {"url": "Str"}]

        [worker click]
        event

        [http-handler GET /a]
        let _ = DB.getAll_v3 Link
        let _ = emit_v1 1 "clik"
        links
        
        [fn links -> List<Str>]
        []
        """)).containsExactly(
            "7:22: there is no datastore named Link; did you mean Links?",
            "8:19: there is no worker named \"clik\" to take this event; did you mean click?",
            "9:1: links is a function, not a variable");
  }

  @Test
  void editDistanceCountsSingleCharacterEdits() {
    assertThat(ClosestNames.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(ClosestNames.distance("nmae", "name")).isEqualTo(1);
    assertThat(ClosestNames.distance("", "abc")).isEqualTo(3);
    assertThat(ClosestNames.to("lenght", List.of("length", "height", "x"))).containsExactly("length", "height");
    assertThat(ClosestNames.to("String.lenght", List.of("String.length", "String.last"))).containsExactly("String.length");
    assertThat(ClosestNames.to("zz", List.of("z", "zzz"))).isEmpty();
  }
}
