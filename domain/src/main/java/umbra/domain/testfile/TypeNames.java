package umbra.domain.testfile;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import umbra.domain.syntax.DType;
import umbra.domain.syntax.DType.*;

/**
 * The type names of test-file declarations ({@code [fn.f a:string]}, {@code [db.X {"c": "Str"}]}):
 * Dark's {@code ProgramTypesParser.DType.parse}, case-insensitive (language.md A.8). This is a
 * different notation from the stdlib signatures that {@link DType#parse} reads.
 */
public final class TypeNames {
  private TypeNames() {}

  private static final DType A = new TVariable("a");

  /** The type a name stands for, or empty for an unknown name. */
  public static Optional<DType> parse(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    DType t = switch (lower) {
      case "any" -> A;
      case "int", "integer" -> DType.INT;
      case "float" -> DType.FLOAT;
      case "bool", "boolean" -> DType.BOOL;
      case "nothing" -> new TNull();
      case "character", "char" -> new TChar();
      case "str", "string" -> DType.STR;
      case "list" -> new TList(A);
      case "tuple" -> new TTuple(A, A, List.of());
      case "obj", "dict" -> new TDict(A);
      case "block" -> new TFn(List.of(A), new TVariable("b"));
      case "incomplete" -> new TIncomplete();
      case "error" -> new TError();
      case "response" -> new THttpResponse(A);
      case "datastore" -> new TDB(A);
      case "date" -> new TDate();
      case "password" -> new TPassword();
      case "uuid" -> new TUuid();
      case "option" -> new TOption(A);
      case "errorrail" -> new TErrorRail();
      case "result" -> new TResult(A, new TVariable("b"));
      default -> null;
    };
    if (t != null) return Optional.of(t);
    if (lower.startsWith("[") && lower.endsWith("]") && lower.length() >= 2) {
      return listColumn(lower.substring(1, lower.length() - 1)).map(TList::new);
    }
    return Optional.empty();
  }

  /** DB list columns ({@code [str]}, {@code [int]}, ...): Dark's TDbList, which runs as a list. */
  private static Optional<DType> listColumn(String element) {
    DType t = switch (element) {
      case "str", "string", "title", "url" -> DType.STR;
      case "int", "integer" -> DType.INT;
      case "float" -> DType.FLOAT;
      case "bool", "boolean" -> DType.BOOL;
      case "password" -> new TPassword();
      case "uuid" -> new TUuid();
      case "dict" -> new TDict(A);
      case "date" -> new TDate();
      default -> null;
    };
    return Optional.ofNullable(t);
  }
}
