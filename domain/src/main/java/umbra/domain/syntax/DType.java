package umbra.domain.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Dark's types (language.md A.8), used by builtin signatures, user-function parameters and DB
 * columns. {@link #parse} reads the notation of {@code stdlib.tsv} ({@code List<'a>},
 * {@code Fn<('a) -> Bool>[val]}, {@code Result<Int, Str>}, {@code {a: Int; b: Str}}).
 */
public sealed interface DType {
  record TInt() implements DType {}
  record TFloat() implements DType {}
  record TBool() implements DType {}
  record TNull() implements DType {}
  record TStr() implements DType {}
  record TChar() implements DType {}
  record TDate() implements DType {}
  record TPassword() implements DType {}
  record TUuid() implements DType {}
  record TBytes() implements DType {}
  record TIncomplete() implements DType {}
  record TError() implements DType {}
  record TErrorRail() implements DType {}
  record TList(DType element) implements DType {}
  record TDict(DType value) implements DType {}
  record TOption(DType value) implements DType {}
  record TResult(DType ok, DType error) implements DType {}
  record THttpResponse(DType body) implements DType {}
  record TDB(DType row) implements DType {}
  record TVariable(String name) implements DType {}
  record TTuple(DType first, DType second, List<DType> rest) implements DType {
    public TTuple { rest = List.copyOf(rest); }
  }
  record TFn(List<DType> params, DType returns) implements DType {
    public TFn { params = List.copyOf(params); }
  }
  record TRecord(List<Field> fields) implements DType {
    public TRecord { fields = List.copyOf(fields); }
  }
  record Field(String name, DType type) {}
  record TUserType(String name, int version) implements DType {}

  DType INT = new TInt();
  DType FLOAT = new TFloat();
  DType BOOL = new TBool();
  DType STR = new TStr();
  DType ANY = new TVariable("a");

  /** The name used in error messages ("expected a Int"). */
  default String displayName() {
    return switch (this) {
      case TInt t -> "Int";
      case TFloat t -> "Float";
      case TBool t -> "Bool";
      case TNull t -> "Null";
      case TStr t -> "Str";
      case TChar t -> "Character";
      case TDate t -> "Date";
      case TPassword t -> "Password";
      case TUuid t -> "UUID";
      case TBytes t -> "Bytes";
      case TIncomplete t -> "Incomplete";
      case TError t -> "Error";
      case TErrorRail t -> "ErrorRail";
      case TList t -> "List";
      case TDict t -> "Dict";
      case TOption t -> "Option";
      case TResult t -> "Result";
      case THttpResponse t -> "Response";
      case TDB t -> "Datastore";
      case TVariable t -> "Any";
      case TTuple t -> "Tuple";
      case TFn t -> "Block";
      case TRecord t -> "Dict";
      case TUserType t -> t.name();
    };
  }

  static DType parse(String text) {
    var p = new TypeParser(text);
    DType t = p.type();
    p.skipSpaces();
    if (!p.atEnd()) throw new IllegalArgumentException("unexpected text in type: " + text);
    return t;
  }

  /** A small recursive-descent reader for the stdlib notation. */
  final class TypeParser {
    private final String s;
    private int pos;

    TypeParser(String s) { this.s = s; }

    boolean atEnd() { return pos >= s.length(); }

    void skipSpaces() { while (!atEnd() && s.charAt(pos) == ' ') pos++; }

    private boolean eat(String token) {
      skipSpaces();
      if (s.startsWith(token, pos)) {
        pos += token.length();
        return true;
      }
      return false;
    }

    private void expect(String token) {
      if (!eat(token)) throw new IllegalArgumentException("expected '" + token + "' at " + pos + " in type: " + s);
    }

    private String word() {
      skipSpaces();
      int start = pos;
      while (!atEnd() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_' || s.charAt(pos) == '\'')) pos++;
      if (start == pos) throw new IllegalArgumentException("expected a type at " + pos + " in: " + s);
      return s.substring(start, pos);
    }

    DType type() {
      skipSpaces();
      if (eat("(")) {
        List<DType> items = commaList(")");
        if (items.size() == 1) return items.get(0);
        return new TTuple(items.get(0), items.get(1), items.subList(2, items.size()));
      }
      if (eat("{")) return record();
      String w = word();
      if (w.startsWith("'")) return new TVariable(w.substring(1));
      DType t = switch (w) {
        case "Int" -> INT;
        case "Float" -> FLOAT;
        case "Bool" -> BOOL;
        case "Null", "Nothing" -> new TNull();
        case "Str", "String" -> STR;
        case "Char", "Character" -> new TChar();
        case "Date" -> new TDate();
        case "Password" -> new TPassword();
        case "UUID", "Uuid" -> new TUuid();
        case "Bytes" -> new TBytes();
        case "Error" -> new TError();
        case "ErrorRail" -> new TErrorRail();
        case "Incomplete" -> new TIncomplete();
        case "List" -> new TList(arg());
        case "Dict" -> new TDict(arg());
        case "Option" -> new TOption(arg());
        case "Response" -> new THttpResponse(arg());
        case "DB" -> new TDB(arg());
        case "Result" -> {
          expect("<");
          DType ok = type();
          expect(",");
          DType err = type();
          expect(">");
          yield new TResult(ok, err);
        }
        case "Fn" -> fn();
        default -> throw new IllegalArgumentException("unknown type '" + w + "' in: " + s);
      };
      return t;
    }

    private DType arg() {
      expect("<");
      DType t = type();
      expect(">");
      return t;
    }

    private DType fn() {
      expect("<");
      expect("(");
      List<DType> params = commaList(")");
      expect("->");
      DType ret = type();
      expect(">");
      if (eat("[")) { // lambda parameter names, documentation only
        while (!atEnd() && s.charAt(pos) != ']') pos++;
        expect("]");
      }
      return new TFn(params, ret);
    }

    private List<DType> commaList(String close) {
      var items = new ArrayList<DType>();
      if (eat(close)) return items;
      do items.add(type()); while (eat(","));
      expect(close);
      return items;
    }

    private DType record() {
      var fields = new ArrayList<Field>();
      if (eat("}")) return new TRecord(fields);
      do {
        String name = word();
        expect(":");
        fields.add(new Field(name, type()));
      } while (eat(";"));
      expect("}");
      return new TRecord(fields);
    }
  }
}
