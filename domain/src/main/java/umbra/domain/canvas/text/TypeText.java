package umbra.domain.canvas.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import umbra.domain.syntax.DType;
import umbra.domain.syntax.TypeNames;

/**
 * Types as the canvas text format writes them: the stdlib notation that {@link DType#parse}
 * reads ({@code List<Int>}, {@code Result<Int, Str>}, {@code Fn<(Int) -> Bool>},
 * {@code {a: Int; b: Str}}, {@code 'a}; names that are no plain word are JSON strings), plus user types: a name that is no builtin
 * ({@code Person}), {@code Person@2} for version 2, and a JSON string when the name is not a plain
 * word. A lone word is also read case-insensitively as the column types users type
 * ({@code int}, {@code string}, {@link TypeNames}). {@link #print} and {@link #read} round-trip
 * every {@link DType}.
 */
public final class TypeText {
  /** Collections a bare word names, with {@code 'a} (and {@code 'b}) as arguments ({@link TypeNames}). */
  private static final List<String> BARE = List.of("List", "Dict", "Option", "Result", "Response", "Datastore");

  private TypeText() {}

  /** A type read from the start of a text, and where it ended. */
  public record Read(DType type, int end) {}

  public static String print(DType t) {
    return bareName(t).orElseGet(() -> switch (t) {
      case DType.TInt x -> "Int";
      case DType.TFloat x -> "Float";
      case DType.TBool x -> "Bool";
      case DType.TNull x -> "Null";
      case DType.TStr x -> "Str";
      case DType.TChar x -> "Character";
      case DType.TDate x -> "Date";
      case DType.TPassword x -> "Password";
      case DType.TUuid x -> "UUID";
      case DType.TBytes x -> "Bytes";
      case DType.TIncomplete x -> "Incomplete";
      case DType.TError x -> "Error";
      case DType.TErrorRail x -> "ErrorRail";
      case DType.TList x -> "List<" + print(x.element()) + ">";
      case DType.TDict x -> "Dict<" + print(x.value()) + ">";
      case DType.TOption x -> "Option<" + print(x.value()) + ">";
      case DType.THttpResponse x -> "Response<" + print(x.body()) + ">";
      case DType.TDB x -> "DB<" + print(x.row()) + ">";
      case DType.TResult x -> "Result<" + print(x.ok()) + ", " + print(x.error()) + ">";
      case DType.TVariable x -> "'" + Quoting.word(x.name());
      case DType.TTuple x -> "(" + String.join(", ", all(tupleItems(x))) + ")";
      case DType.TFn x -> "Fn<(" + String.join(", ", all(x.params())) + ") -> " + print(x.returns()) + ">";
      case DType.TRecord x -> "{" + String.join("; ", x.fields().stream()
          .map(f -> Quoting.word(f.name()) + ": " + print(f.type())).toList()) + "}";
      case DType.TUserType x -> userTypeName(x.name(), x.version());
    });
  }

  /**
   * A collection written bare ({@code -> Dict}, {@code List}) reads as that collection of {@code 'a}
   * ({@link TypeNames}); such a type is printed bare again, so that a pull gives back what was
   * pushed. {@code Dict<'a>} written out reads as the same type and is printed bare too.
   */
  private static Optional<String> bareName(DType t) {
    return BARE.stream().filter(name -> TypeNames.parse(name).orElseThrow().equals(t)).findFirst();
  }

  /** {@code Name}, {@code Name@2}; quoted when the name is not a plain word or is a builtin's. */
  public static String userTypeName(String name, int version) {
    boolean plain = Quoting.isWord(name) && builtinWord(name).isEmpty() && !name.startsWith("'");
    String written = plain ? name : Quoting.quote(name);
    return version == 0 ? written : written + "@" + version;
  }

  /** The whole text as one type. */
  public static Optional<DType> parse(String text) {
    try {
      var r = new Reader(text, 0);
      DType t = r.type();
      r.spaces();
      return r.pos == text.length() ? Optional.of(t) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * One type starting at {@code start}; it ends before the first space outside brackets.
   *
   * @throws IllegalArgumentException saying what is wrong
   */
  public static Read read(String text, int start) {
    var r = new Reader(text, start);
    DType t = r.type();
    return new Read(t, r.pos);
  }

  private static List<DType> tupleItems(DType.TTuple t) {
    var items = new ArrayList<DType>();
    items.add(t.first());
    items.add(t.second());
    items.addAll(t.rest());
    return items;
  }

  private static List<String> all(List<DType> types) {
    return types.stream().map(TypeText::print).toList();
  }

  /** Builtin types without arguments, by their exact printed name (and DType.parse's aliases). */
  private static Optional<DType> builtinWord(String w) {
    DType t = switch (w) {
      case "Int" -> DType.INT;
      case "Float" -> DType.FLOAT;
      case "Bool" -> DType.BOOL;
      case "Null", "Nothing" -> new DType.TNull();
      case "Str", "String" -> DType.STR;
      case "Char", "Character" -> new DType.TChar();
      case "Date" -> new DType.TDate();
      case "Password" -> new DType.TPassword();
      case "UUID", "Uuid" -> new DType.TUuid();
      case "Bytes" -> new DType.TBytes();
      case "Error" -> new DType.TError();
      case "ErrorRail" -> new DType.TErrorRail();
      case "Incomplete" -> new DType.TIncomplete();
      default -> null;
    };
    if (t != null) return Optional.of(t);
    return TypeNames.parse(w);
  }

  private static final class Reader {
    private final String s;
    private int pos;

    Reader(String s, int pos) {
      this.s = s;
      this.pos = pos;
    }

    void spaces() { while (pos < s.length() && s.charAt(pos) == ' ') pos++; }

    /** Skips spaces before {@code token}; on a miss the position stays where it was. */
    private boolean eat(String token) {
      int before = pos;
      spaces();
      if (s.startsWith(token, pos)) {
        pos += token.length();
        return true;
      }
      pos = before;
      return false;
    }

    /** A type inside brackets, where spaces may precede it. */
    private DType inner() {
      spaces();
      return type();
    }

    private void expect(String token) {
      if (!eat(token)) throw new IllegalArgumentException("expected '" + token + "' in type at column " + (pos + 1));
    }

    DType type() {
      if (pos >= s.length() || s.charAt(pos) == ' ') throw new IllegalArgumentException("expected a type at column " + (pos + 1));
      if (eat("(")) {
        List<DType> items = list(")");
        if (items.isEmpty()) throw new IllegalArgumentException("empty parentheses are no type");
        return items.size() == 1 ? items.get(0) : new DType.TTuple(items.get(0), items.get(1), items.subList(2, items.size()));
      }
      if (eat("{")) return record();
      if (eat("'")) return new DType.TVariable(pos < s.length() && s.charAt(pos) == '"' ? quoted() : word());
      if (pos < s.length() && s.charAt(pos) == '"') return userType(quoted());
      String w = word();
      if (pos < s.length() && s.charAt(pos) == '<') {
        pos++;
        return generic(w);
      }
      if (pos < s.length() && s.charAt(pos) == '@') return userType(w);
      // a user type's name is a word that no builtin type uses (print quotes the others)
      return builtinWord(w).orElseGet(() -> new DType.TUserType(w, 0));
    }

    private DType generic(String w) {
      DType t = switch (w) {
        case "List" -> new DType.TList(inner());
        case "Dict" -> new DType.TDict(inner());
        case "Option" -> new DType.TOption(inner());
        case "Response" -> new DType.THttpResponse(inner());
        case "DB" -> new DType.TDB(inner());
        case "Result" -> {
          DType ok = inner();
          expect(",");
          yield new DType.TResult(ok, inner());
        }
        case "Fn" -> {
          expect("(");
          List<DType> params = list(")");
          expect("->");
          yield new DType.TFn(params, inner());
        }
        default -> throw new IllegalArgumentException("'" + w + "' takes no type arguments");
      };
      expect(">");
      return t;
    }

    private DType userType(String name) {
      if (pos >= s.length() || s.charAt(pos) != '@') return new DType.TUserType(name, 0);
      int start = ++pos;
      while (pos < s.length() && Character.isDigit(s.charAt(pos))) pos++;
      if (start == pos || pos - start > 9) throw new IllegalArgumentException("expected a version number after '@'");
      return new DType.TUserType(name, Integer.parseInt(s.substring(start, pos)));
    }

    private List<DType> list(String close) {
      var items = new ArrayList<DType>();
      if (eat(close)) return items;
      do items.add(inner()); while (eat(","));
      expect(close);
      return items;
    }

    private DType record() {
      var fields = new ArrayList<DType.Field>();
      if (eat("}")) return new DType.TRecord(fields);
      do {
        spaces();
        String name = pos < s.length() && s.charAt(pos) == '"' ? quoted() : word();
        expect(":");
        fields.add(new DType.Field(name, inner()));
      } while (eat(";"));
      expect("}");
      return new DType.TRecord(fields);
    }

    private String word() {
      int start = pos;
      while (pos < s.length() && (Character.isLetterOrDigit(s.codePointAt(pos)) || s.charAt(pos) == '_')) {
        pos += Character.charCount(s.codePointAt(pos));
      }
      if (start == pos) throw new IllegalArgumentException("expected a type name at column " + (pos + 1));
      return s.substring(start, pos);
    }

    private String quoted() {
      Quoting.Unquoted u = Quoting.unquote(s, pos);
      pos = u.end();
      return u.text();
    }
  }
}
