// Highlighting for the canvas text: section headers, and Dark's F#-like code. A stream tokenizer is
// enough: the server reads the text, the browser only colours it.
import { StreamLanguage, type StreamParser } from "@codemirror/language";

const KEYWORDS = new Set(["let", "in", "if", "then", "else", "match", "with", "fun"]);
const ATOMS = new Set(["true", "false", "null", "blank"]);

const parser: StreamParser<null> = {
  name: "dark",
  startState: () => null,
  token(stream) {
    if (stream.sol() && stream.match(/^\[[a-z-]+[ \]].*$/)) return "heading";
    if (stream.eatSpace()) return null;
    if (stream.match("//")) {
      stream.skipToEnd();
      return "comment";
    }
    if (stream.match(/^"(?:[^"\\]|\\.)*"?/)) return "string";
    if (stream.match(/^'(?:[^'\\]|\\.)'/)) return "string";
    if (stream.match(/^-?\d+(\.\d+)?/)) return "number";
    if (stream.match(/^[A-Z][A-Za-z0-9_]*(?:::|\.)[a-z][A-Za-z0-9_]*/)) return "variableName.function";
    if (stream.match(/^[A-Z][A-Za-z0-9_]*/)) return "typeName";
    const word = stream.match(/^[a-z_][A-Za-z0-9_]*/) as RegExpMatchArray | null;
    if (word) return KEYWORDS.has(word[0]) ? "keyword" : ATOMS.has(word[0]) ? "atom" : "variableName";
    if (stream.match(/^(\|>|->|==|!=|<=|>=|&&|\|\||\+\+|[-+*\/%^<>=|])/)) return "operator";
    stream.next();
    return null;
  },
};

export const dark = StreamLanguage.define(parser);
