package umbra.domain.canvas.text;

import java.util.List;
import java.util.Optional;
import umbra.domain.syntax.DType;
import umbra.domain.syntax.TypeNames;

/**
 * A DB column's type as the text format writes it: the name a user would type into the column's
 * type blank, which {@code SetDBColType} reads back with {@link TypeNames} (backend.md 4.2).
 */
final class ColumnTypeText {
  /** Every name {@link TypeNames} knows, in the spelling the format prefers; the first match wins. */
  private static final List<String> NAMES = List.of(
      "Str", "Int", "Float", "Bool", "Date", "Password", "UUID", "Dict", "List", "Any", "Nothing", "Character",
      "Tuple", "Block", "Incomplete", "Error", "Response", "Datastore", "Option", "ErrorRail", "Result",
      "[Str]", "[Int]", "[Float]", "[Bool]", "[Password]", "[UUID]", "[Dict]", "[Date]");

  private ColumnTypeText() {}

  /** Empty for a type no column op can produce. */
  static Optional<String> print(DType type) {
    return NAMES.stream().filter(n -> TypeNames.parse(n).orElseThrow().equals(type)).findFirst();
  }
}
