package umbra.domain.syntax;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Type names as users type them: a DB column's type blank (backend.md 4.2, {@code SetDBColType})
 * and the declarations of test files ({@code [fn.f a:string]}, {@code [db.X {"c": "Str"}]}).
 * Dark's {@code ProgramTypesParser.DType.parse} (language.md A.8): case-insensitive words, and
 * {@code [word]} for a list column. A different notation from the stdlib signatures that
 * {@link DType#parse} reads.
 */
public final class TypeNames {
  private static final DType ANY = new DType.TVariable("a");

  private TypeNames() {}

  public static Optional<DType> parse(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    Optional<DType> word = word(lower);
    if (word.isPresent()) return word;
    if (lower.startsWith("[") && lower.endsWith("]") && lower.length() >= 2) {
      return listElement(lower.substring(1, lower.length() - 1)).map(DType.TList::new);
    }
    return Optional.empty();
  }

  private static Optional<DType> word(String lower) {
    DType t = switch (lower) {
      case "any" -> ANY;
      case "int", "integer" -> DType.INT;
      case "float" -> DType.FLOAT;
      case "bool", "boolean" -> DType.BOOL;
      case "nothing" -> new DType.TNull();
      case "character", "char" -> new DType.TChar();
      case "str", "string" -> DType.STR;
      case "list" -> new DType.TList(ANY);
      case "tuple" -> new DType.TTuple(ANY, ANY, List.of());
      case "obj", "dict" -> new DType.TDict(ANY);
      case "block" -> new DType.TFn(List.of(ANY), new DType.TVariable("b"));
      case "incomplete" -> new DType.TIncomplete();
      case "error" -> new DType.TError();
      case "response" -> new DType.THttpResponse(ANY);
      case "datastore" -> new DType.TDB(ANY);
      case "date" -> new DType.TDate();
      case "password" -> new DType.TPassword();
      case "uuid" -> new DType.TUuid();
      case "option" -> new DType.TOption(ANY);
      case "errorrail" -> new DType.TErrorRail();
      case "result" -> new DType.TResult(ANY, new DType.TVariable("b"));
      default -> null;
    };
    return Optional.ofNullable(t);
  }

  /**
   * Dark keeps list columns as a separate {@code TDbList}; Umbra's DType has no such case, so a
   * list column is a {@code TList} of its element.
   */
  private static Optional<DType> listElement(String lower) {
    DType t = switch (lower) {
      case "str", "string", "title", "url" -> DType.STR;
      case "int", "integer" -> DType.INT;
      case "float" -> DType.FLOAT;
      case "bool", "boolean" -> DType.BOOL;
      case "password" -> new DType.TPassword();
      case "uuid" -> new DType.TUuid();
      case "dict" -> new DType.TDict(ANY);
      case "date" -> new DType.TDate();
      default -> null;
    };
    return Optional.ofNullable(t);
  }
}
