package umbra.domain.testfile;

import umbra.domain.stdlib.Graphemes;
import java.util.ArrayList;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import umbra.domain.eval.Step;
import umbra.domain.stdlib.Args;
import umbra.domain.stdlib.Builtin;
import umbra.domain.stdlib.BuiltinFailure;
import umbra.domain.stdlib.CallContext;
import umbra.domain.stdlib.Registry;
import umbra.domain.syntax.FnName;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;

/**
 * The {@code Test::*} helpers that {@code .tests} files call (test-format.md 1.5). They are an
 * overlay for running test files, {@code StdLib.registry().with(TestBuiltins::register)}, never
 * part of the standard library. The ones touching state (the side-effect counter, the canvas, the
 * account, queues, stdout) are effects: the test runner keeps that state per test and answers.
 */
public final class TestBuiltins {
  private TestBuiltins() {}

  public static final FnName.Stdlib TYPE_ERROR = new FnName.Stdlib("Test", "typeError", 0);

  /** The preamble of Dark's DB query compiler errors ({@code SqlCompiler.errorTemplate}). */
  public static final String SQL_ERROR_TEMPLATE = umbra.domain.datastore.QueryCompiler.ERROR_TEMPLATE;

  public static void register(Registry.Builder r) {
    values(r);
    floats(r);
    bytes(r);
    responses(r);
    effects(r);
    r.fn("Test::raiseException_v0", "message: Str -> 'a", "Throws an exception (counts as a reported exception)")
        .plain(a -> {
          throw new RuntimeException(a.str(0));
        });
    r.fn("Test::regexReplace_v0", "subject: Str, pattern: Str, replacement: Str -> Str",
        "Replaces every match of a .NET-style regex").plain(a -> {
          try {
            return new DStr(DotNetReplacement.replaceAll(a.str(0), Pattern.compile(a.str(1)), a.str(2)));
          } catch (PatternSyntaxException e) {
            throw new BuiltinFailure.UserError("Invalid regex: " + e.getDescription());
          }
        });
  }

  /** Helpers that write expected values which Dark code cannot otherwise produce. */
  private static void values(Registry.Builder r) {
    r.fn("Test::errorRailValue_v0", "value: 'a -> 'a", "Wraps a value in the error rail")
        .plain(a -> new DErrorRail(a.get(0)));
    r.fn("Test::typeError_v0", "errorString: Str -> Int", "An error value with this message")
        .plain(a -> Dval.error(a.str(0)));
    r.fn("Test::sqlError_v0", "errorString: Str -> Int", "The error the DB query compiler gives for this message")
        .plain(a -> Dval.error(SQL_ERROR_TEMPLATE + a.str(0)));
    r.fn("Test::toChar_v0", "c: Str -> Option<Char>", "A character, if the string is exactly one grapheme cluster")
        .plain(a -> Graphemes.count(a.str(0)) == 1 ? new DJust(new DChar(a.str(0))) : Dval.NOTHING);
    r.fn("Test::justWithTypeError_v0", "msg: Str -> Option<'a>", "Just an error (a non-canonical value)")
        .plain(a -> new DJust(Dval.error(a.str(0))));
    r.fn("Test::okWithTypeError_v0", "msg: Str -> Result<'a, 'b>", "Ok an error (a non-canonical value)")
        .plain(a -> new DOk(Dval.error(a.str(0))));
    // test-format.md 1.5: Dark's version also returns Ok, a bug the tests depend on
    r.fn("Test::errorWithTypeError_v0", "msg: Str -> Result<'a, 'b>", "Ok an error (sic)")
        .plain(a -> new DOk(Dval.error(a.str(0))));
  }

  private static void floats(Registry.Builder r) {
    r.fn("Test::nan_v0", "-> Float", "NaN").plain(a -> new DFloat(Double.NaN));
    r.fn("Test::infinity_v0", "-> Float", "Positive infinity").plain(a -> new DFloat(Double.POSITIVE_INFINITY));
    r.fn("Test::negativeInfinity_v0", "-> Float", "Negative infinity").plain(a -> new DFloat(Double.NEGATIVE_INFINITY));
  }

  private static void bytes(Registry.Builder r) {
    r.fn("Test::asBytes_v0", "list: List<Int> -> Bytes", "Bytes from ints (each truncated to a byte)")
        .plain(a -> new DBytes(toBytes(a.list(0), false)));
    r.fn("Test::intArrayToBytes_v0", "bytes: List<Int> -> Bytes", "Bytes from ints (each truncated to a byte)")
        .plain(a -> new DBytes(toBytes(a.list(0), true)));
  }

  private static byte[] toBytes(java.util.List<Dval> items, boolean userError) {
    byte[] out = new byte[items.size()];
    for (int i = 0; i < out.length; i++) {
      if (items.get(i) instanceof DInt n) {
        out[i] = (byte) n.value();
      } else if (userError) {
        throw new BuiltinFailure.UserError("Expected int");
      } else {
        throw new BuiltinFailure.IncorrectArgs();
      }
    }
    return out;
  }

  private static void responses(Registry.Builder r) {
    r.fn("Test::httpResponseStatusCode_v0", "response: Response<'a> -> Int", "The status code (302 for a redirect)")
        .plain(a -> new DInt(switch (a.as(0, DHttpResponse.class)) {
          case DRedirect redirect -> 302;
          case DResponse response -> response.code();
        }));
    r.fn("Test::httpResponseHeaders_v0", "response: Response<'a> -> List<List<Str>>", "The headers as [name, value] lists")
        .plain(a -> {
          var headers = new ArrayList<Dval>();
          if (a.as(0, DHttpResponse.class) instanceof DResponse response) {
            for (var h : response.headers()) headers.add(new DList(java.util.List.of(new DStr(h.name()), new DStr(h.value()))));
          }
          return new DList(headers);
        });
    r.fn("Test::httpResponseBody_v0", "response: Response<'a> -> 'a", "The body (\"\" for a redirect)")
        .plain(a -> switch (a.as(0, DHttpResponse.class)) {
          case DRedirect redirect -> new DStr("");
          case DResponse response -> response.body();
        });
  }

  /** Answered by the test runner from its per-test state. */
  private static void effects(Registry.Builder r) {
    r.fn("Test::incrementSideEffectCounter_v0", "passThru: 'a -> 'a", "Counts a side effect; returns its argument").effect();
    r.fn("Test::sideEffectCount_v0", "-> Int", "The side effects counted in this test").effect();
    r.fn("Test::inspect_v0", "var: 'a, msg: Str -> 'a", "Prints msg: value; returns the value")
        .purity(Builtin.Purity.IMPURE).stepping((ctx, a) -> askWith(ctx, a, a.str(1)));
    r.fn("Test::getCanvasName_v0", "-> Str", "The test canvas's name").effect();
    r.fn("Test::getCanvasID_v0", "-> UUID", "The test canvas's id").effect();
    r.fn("Test::getUserID_v0", "-> UUID", "The id of the canvas owner's account").effect();
    r.fn("Test::createCanvas_v0", "canvasName: Str -> UUID", "Creates (or finds) a canvas; returns its id")
        .purity(Builtin.Purity.IMPURE).stepping((ctx, a) -> askWith(ctx, a, a.str(0)));
    r.fn("Test::deleteUser_v0", "username: Str -> Result<Null, 'b>", "Deletes an account")
        .purity(Builtin.Purity.IMPURE).stepping((ctx, a) -> askWith(ctx, a, a.str(0)));
    r.fn("Test::getQueue_v0", "eventName: Str -> List<Str>", "The values queued for a worker")
        .purity(Builtin.Purity.IMPURE).stepping((ctx, a) -> askWith(ctx, a, a.str(0)));
  }

  /** Performs the effect once the arguments were checked (the accessor call throws on a wrong kind). */
  private static Step askWith(CallContext ctx, Args a, Object checked) {
    return ctx.perform(a.values());
  }
}
