package umbra.domain.testfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import umbra.domain.syntax.DType;

/** test-format.md 1.1-1.3, rule by rule. */
class TestFileReaderTest {

  private static TestFile read(String... lines) {
    return TestFileReader.read("t.tests", String.join("\n", lines));
  }

  private static TestCase only(TestFile f) {
    assertThat(f.tests()).hasSize(1);
    return f.tests().get(0);
  }

  @Test
  void singleLineTestWithoutCommentIsNamedByItsLine() {
    TestCase t = only(read("", "1 + 2 = 3"));
    assertThat(t.name()).isEqualTo("line 2");
    assertThat(t.label()).isEmpty();
    assertThat(t.code()).isEqualTo("1 + 2 = 3");
    assertThat(t.line()).isEqualTo(2);
    assertThat(t.title()).isEqualTo("1 + 2 = 3");
    assertThat(t.displayName()).isEqualTo("line 2 (1 + 2 = 3)");
    assertThat(t.pending()).isFalse();
  }

  @Test
  void theLastSpacedDoubleSlashSeparatesTheName() {
    TestCase t = only(read("f \"http://x.com\" // a // b"));
    assertThat(t.code()).isEqualTo("f \"http://x.com\" // a");
    assertThat(t.label()).isEqualTo("b");
    assertThat(t.name()).isEqualTo("b (line 1)");
  }

  @Test
  void aDoubleSlashWithoutSpacesIsCode() {
    assertThat(only(read("f \"http://x.com\"")).label()).isEmpty();
  }

  @Test
  void groupsCollectSingleLineTestsUntilTheNextIndicator() {
    TestFile f = read("[tests.ints]", "1 = 1", "2 = 2", "[tests.strs]", "\"a\" = \"a\"", "[test.block]", "3", "[db.X {}]",
        "4 = 4");
    assertThat(f.tests()).extracting(TestCase::group).containsExactly("ints", "ints", "strs", "", "");
    assertThat(f.tests()).extracting(TestCase::code).containsExactly("1 = 1", "2 = 2", "\"a\" = \"a\"", "\n3", "4 = 4");
  }

  @Test
  void everyLineUpToTheNextIndicatorBelongsToTheFunction() {
    TestFile f = read("[fn.f x:int]", "x", "4 = 4", "[tests.after]", "5 = 5");
    assertThat(only(f).code()).isEqualTo("5 = 5");
  }

  @Test
  void blockTestsJoinTheirLinesAndSkipCommentsAndBlankLines() {
    TestCase t = only(read("[test.sum]", "(let x = 1 in", "   // a comment", "", " x) = 1"));
    assertThat(t.name()).isEqualTo("sum (line 1)");
    assertThat(t.code()).isEqualTo("\n(let x = 1 in\n x) = 1");
    assertThat(t.line()).isEqualTo(1);
  }

  @Test
  void commentLinesOutsideBlocksArePendingTests() {
    TestCase t = only(read("// just a note"));
    assertThat(t.pending()).isTrue();
    assertThat(t.code()).isEqualTo("// just a note");
  }

  @Test
  void aBlockWhoseBodyIsCommentedOutIsPending() {
    TestFile f = read("[test.later]", "// 1 = 2", "[test.empty]", "", "[test.real]", "1");
    assertThat(f.tests()).extracting(TestCase::pending).containsExactly(true, true, false);
  }

  @Test
  void blankLinesDoNotEndABlock() {
    TestCase t = only(read("[test.b]", "1 +", "", "", "2 = 3"));
    assertThat(t.code()).isEqualTo("\n1 +\n2 = 3");
  }

  @Test
  void aTestSeesOnlyFunctionsFinishedBeforeItWasCreated() {
    TestFile f = read(
        "1 = 1",
        "[fn.first x:int]",
        "x",
        "[test.block before second]",
        "first 1 = 1",
        "[fn.second y:string]",
        "y",
        "[tests.end]",
        "2 = 2");
    assertThat(f.tests().get(0).userFunctions()).isEmpty();
    assertThat(f.tests().get(1).userFunctions()).containsOnlyKeys("first");
    assertThat(f.tests().get(2).userFunctions()).containsOnlyKeys("first", "second");
  }

  @Test
  void aFunctionDeclaredRightAfterABlockIsInvisibleToIt() {
    TestFile f = read("[test.t]", "g 1 = 1", "[fn.g x:int]", "x");
    assertThat(only(f).userFunctions()).isEmpty();
  }

  @Test
  void functionsGetTypedParametersReturnAnyAndTheirLineAsTlid() {
    TestFile f = read("[fn.twoStringFn str1:string str2:STR]", "str1", "[packagefn.p a:any b:[Int]]", "a", "[tests.t]", "1");
    var fn = only(f).userFunctions().get("twoStringFn");
    assertThat(fn.tlid()).isEqualTo(1);
    assertThat(fn.returnType()).isEqualTo(DType.ANY);
    assertThat(fn.params()).extracting(p -> p.name()).containsExactly("str1", "str2");
    assertThat(fn.params()).extracting(p -> p.type()).containsExactly(DType.STR, DType.STR);
    var p = only(f).packageFunctions().get(TestFileReader.packageFunctionName("p"));
    assertThat(p.tlid()).isEqualTo(3);
    assertThat(p.params()).extracting(x -> x.type()).containsExactly(DType.ANY, new DType.TList(DType.INT));
  }

  @Test
  void aMalformedParameterIsAProblemAndTheFunctionReturnsAnError() {
    TestFile f = read("[fn.bad x:nosuchtype]", "x", "[tests.t]", "bad 1 = 1");
    assertThat(f.problems()).extracting(TestFile.Problem::line).containsExactly(1);
    assertThat(only(f).userFunctions()).containsKey("bad");
  }

  @Test
  void aFunctionBodyThatDoesNotParseIsAProblemOnItsLine() {
    TestFile f = read("[fn.broken x:int]", "let = in )", "[tests.t]", "1 = 1");
    assertThat(f.problems()).hasSize(1);
    assertThat(f.problems().get(0).message()).startsWith("function broken does not parse");
  }

  @Test
  void expectedExceptionCountComesFromTheName() {
    TestFile f = read("f 1 = 2 // EXPECTED_EXCEPTION_COUNT: 1", "3 = 3", "[test.x EXPECTED_EXCEPTION_COUNT: 2]", "1");
    assertThat(f.tests()).extracting(TestCase::expectedExceptionCount).containsExactly(1, 0, 2);
  }

  @Test
  void dbsAreDeclaredWithTheirColumnsInNameOrder() {
    TestFile f = read("[db.Person { \"name\" : \"Str\", \"age\": \"Int\", \"tags\": \"[Str]\" }]  ",
        "[test.t] with DB Person", "1");
    DbDeclaration db = f.dbs().get("Person");
    assertThat(db.tlid()).isEqualTo(1);
    assertThat(db.columns()).extracting(DbDeclaration.Column::name).containsExactly("age", "name", "tags");
    assertThat(db.columns()).extracting(DbDeclaration.Column::type)
        .containsExactly(DType.INT, DType.STR, new DType.TList(DType.STR));
    assertThat(only(f).extras().dbs()).containsExactly(db);
  }

  @Test
  void groupExtrasApplyToEachSingleLineTestOfTheGroup() {
    TestFile f = read("[db.X {\"x\": \"Str\"}]", "[tests.q] with DB X", "1 = 1", "2 = 2", "[tests.other]", "3 = 3");
    assertThat(f.tests()).extracting(t -> t.extras().dbs().size()).containsExactly(1, 1, 0);
  }

  @Test
  void singleLineTestsGetOnlyTheDbsOfTheirGroup() {
    TestFile f = read("[db.X {\"x\": \"Str\"}]", "[tests.q] with DB X, Worker W, ExactCanvasName c", "1 = 1");
    assertThat(only(f).extras().dbs()).hasSize(1);
    assertThat(only(f).extras().workers()).isEmpty();
    assertThat(only(f).extras().exactCanvasName()).isEmpty();
  }

  @Test
  void blockExtrasNameWorkersCanvasAndDeploys() {
    TestCase t = only(read("[test.s] with Worker W, ExactCanvasName c-1, StaticAssetsDeployHash h1,"
        + " StaticAssetsDeployHash h2", "1"));
    assertThat(t.extras().workers()).containsExactly("W");
    assertThat(t.extras().exactCanvasName()).contains("c-1");
    assertThat(t.extras().staticAssetsDeployHashes()).containsExactly("h1", "h2");
    assertThat(t.extras().needsStorage()).isTrue();
    assertThat(t.setupError()).isEmpty();
  }

  @Test
  void anUnknownDbOrOptionFailsTheTestsItConcerns() {
    TestFile f = read("[test.a] with DB Nope", "1", "[tests.b] with Colour blue", "2 = 2", "[test.c]", "3");
    assertThat(f.tests()).extracting(t -> t.setupError().isPresent()).containsExactly(true, true, false);
    assertThat(f.problems()).extracting(TestFile.Problem::line).containsExactly(1, 3);
  }

  @Test
  void aDbDeclaredAfterATestIsUnknownToIt() {
    TestFile f = read("[test.a] with DB X", "1", "[db.X {\"x\": \"Str\"}]");
    assertThat(only(f).setupError()).isPresent();
  }

  @Test
  void indicatorsWithoutTheirShapeAreSingleLineTests() {
    TestFile f = read("[] = []", "[1] = [1]", "[fn.noParams]");
    assertThat(f.tests()).extracting(TestCase::code).containsExactly("[] = []", "[1] = [1]", "[fn.noParams]");
  }

  @Test
  void windowsLineEndingsAndAByteOrderMarkAreHarmless() {
    TestFile f = TestFileReader.read("w.tests", "\uFEFF1 = 1 // one\r\n2 = 2\r\n");
    assertThat(f.tests()).extracting(TestCase::code).containsExactly("1 = 1", "2 = 2");
    assertThat(f.tests()).extracting(TestCase::label).containsExactly("one", "");
  }

  @Test
  void setupErrorIsEmptyForOrdinaryTests() {
    assertThat(only(read("1 = 1")).setupError()).isEqualTo(Optional.empty());
    assertThat(read("1 = 1").problems()).isEqualTo(List.of());
  }
}
