package umbra.domain.datastore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import umbra.domain.datastore.SqlFilter.SqlValue;
import umbra.domain.stdlib.BuiltinFailure;
import umbra.domain.stdlib.StdLib;
import umbra.domain.syntax.DType;
import umbra.domain.syntax.Expr;
import umbra.domain.syntax.Parser;
import umbra.domain.syntax.Printer;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;

/** Passes 1 and 3 of the query compiler (pass 2 needs the interpreter: db.tests covers it). */
class QueryCompilerTest {
  private static final Datastore PEOPLE = new Datastore("People", 9, List.of(
      new Datastore.Column("name", DType.STR), new Datastore.Column("height", DType.INT),
      new Datastore.Column("dob", new DType.TDate()), new Datastore.Column("tags", new DType.TList(DType.STR))));

  private static Expr body(String lambda) {
    return ((Expr.ELambda) Parser.parseExpr(lambda, 1).orElseThrow()).body();
  }

  private static SqlFilter compile(String lambda, Map<String, Dval> values) {
    return QueryCompiler.compile(QueryCompiler.prepare(body(lambda), "p"), "p", values, PEOPLE, StdLib.registry());
  }

  @Test
  void pipesBecomeCallsAndLetsAreInlined() {
    Expr prepared = QueryCompiler.prepare(body("fun p -> let x = p.height in x |> (*) 2 |> (<) 40"), "p");
    assertThat(Printer.print(prepared)).isEqualTo("p.height * 2 < 40");
  }

  @Test
  void fieldsLiteralsAndVariablesAreBoundNeverWrittenIntoTheText() {
    SqlFilter f = compile("fun p -> p.name == \"'; drop table user_data; --\" && p.height > limit",
        Map.of("limit", new DInt(3)));
    assertThat(f.sql()).doesNotContain("drop").doesNotContain("name").doesNotContain("height");
    assertThat(f.sql().chars().filter(c -> c == '?').count()).isEqualTo(f.params().size());
    assertThat(f.params()).contains(new SqlValue.Text("'; drop table user_data; --"), new SqlValue.Int(3),
        new SqlValue.Text("height"));
  }

  @Test
  void equalitiesAtTheTopAlsoBecomeOneContainmentTestForTheIndex() {
    SqlFilter f = compile("fun p -> p.name == \"Ross\" && p.height == 73", Map.of());
    assertThat(f.sql()).startsWith("((data @> CAST(? AS jsonb)) AND");
    var fields = new java.util.TreeMap<String, Dval>(Map.of("name", new DStr("Ross"), "height", new DInt(73)));
    assertThat(f.params().get(0)).isEqualTo(new SqlValue.Json(new DObj(fields)));
    // under a negation the rows with a null field would differ: no containment there
    assertThat(compile("fun p -> Bool.not (p.name == \"Ross\")", Map.of()).sql()).doesNotContain("@>");
  }

  @Test
  void nullComparisonsAreIsNull() {
    assertThat(compile("fun p -> p.name == null", Map.of()).sql()).endsWith(" is null)");
    assertThat(compile("fun p -> p.name != null", Map.of()).sql()).endsWith(" is not null)");
  }

  @Test
  void datesAreReadFromTheirWrapper() {
    SqlFilter f = compile("fun p -> Date.(<) p.dob d", Map.of("d", new DDate(java.time.LocalDateTime.of(2000, 1, 1, 0, 0))));
    assertThat(f.sql()).contains("->>'value' AS timestamp with time zone");
  }

  @Test
  void whatCannotBeCompiledIsADarkErrorNamingIt() {
    assertError("fun p -> p.height > y", "This variable is not defined: y");
    assertError("fun p -> p.weight > 3", "The datastore does not have a field named: weight");
    assertError("fun p -> p.name > 3", "Incorrect type in name, expected Int, but got a Str");
    assertError("fun p -> List.length p.tags > 3", "We do not support this type of DB field yet: List");
    assertError("fun p -> String.startsWith p.name \"R\"", "This function (String::startsWith) is not yet implemented");
    assertError("fun p -> myFn p.name", "Only builtin functions can be used in queries right now; myFn is not a builtin function");
    assertError("fun p -> if p.height > 3 then true else false", "We do not yet support compiling this code: if p.height > 3 then true else false");
  }

  private static void assertError(String lambda, String detail) {
    assertThatThrownBy(() -> compile(lambda, Map.of())).isInstanceOf(BuiltinFailure.UserError.class)
        .hasMessage(QueryCompiler.ERROR_TEMPLATE + detail);
  }
}
