package umbra.domain.stdlib;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import umbra.domain.eval.Step;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.DChar;
import umbra.domain.value.Dval.DIncomplete;
import umbra.domain.value.Dval.DInt;
import umbra.domain.value.Dval.DStr;
import umbra.domain.value.Meter;
import umbra.domain.value.Nfc;

/**
 * The String module (stdlib.tsv, language.md A.7.16). "Character" means an extended grapheme
 * cluster ({@link Graphemes}); searching and comparing are ordinal; results are NFC-normalized
 * only where Dark normalizes them (append_v1, base64Decode, first, padStart, padEnd).
 *
 * <p>Each builtin charges its {@link Args#meter}: a result no longer than a small multiple of its
 * arguments after it is built ({@code meter.str}), one that may be far longer ({@code padStart},
 * {@code replaceAll}, {@code join}, concatenation) before; a search by {@link Substrings}; work
 * on characters (grapheme clusters) a step per UTF-16 unit, segmenting being the slowest work.
 */
final class StringFunctions {
  private StringFunctions() {}

  static void register(Registry.Builder r) {
    basics(r);
    characters(r);
    pieces(r);
    casing(r);
    parsing(r);
    encodings(r);
    randomness(r);
    removed(r);
  }

  private static void basics(Registry.Builder r) {
    r.fn("String::isEmpty_v0", "s: Str -> Bool", "True for the empty string")
        .plain(a -> Dval.DBool.of(a.str(0).isEmpty()));
    r.fn("String::newline_v0", "-> Str", "The string \"\\n\"")
        .plain(a -> new DStr("\n"));
    r.fn("String::append_v0", "s1: Str, s2: Str -> Str", "Concatenate via UTF-8 bytes, without re-normalizing")
        .deprecated("ReplacedBy String::append_v1")
        .plain(a -> {
          chargeConcatenation(a);
          return new DStr(Utf8.decode(concat(Utf8.encode(a.str(0)), Utf8.encode(a.str(1)))));
        });
    r.fn("String::append_v1", "s1: Str, s2: Str -> Str", "Concatenate s1 then s2, NFC-normalized")
        .plain(a -> {
          chargeConcatenation(a);
          return new DStr(nfc(a.str(0) + a.str(1)));
        });
    r.fn("String::prepend_v0", "s1: Str, s2: Str -> Str", "Concatenate s2 then s1")
        .plain(a -> {
          chargeConcatenation(a);
          return new DStr(a.str(1) + a.str(0));
        });
    r.fn("String::contains_v0", "lookingIn: Str, searchingFor: Str -> Bool", "True if lookingIn contains searchingFor")
        .plain(a -> Dval.DBool.of(contains(a, 0, 1)));
    r.fn("String::isSubstring_v0", "searchingFor: Str, lookingIn: Str -> Bool", "True if lookingIn contains searchingFor")
        .deprecated("ReplacedBy String::isSubstring_v1")
        .plain(a -> Dval.DBool.of(contains(a, 1, 0)));
    r.fn("String::isSubstring_v1", "lookingIn: Str, searchingFor: Str -> Bool", "True if lookingIn contains searchingFor")
        .deprecated("ReplacedBy String::contains_v0")
        .plain(a -> Dval.DBool.of(contains(a, 0, 1)));
    r.fn("String::startsWith_v0", "subject: Str, prefix: Str -> Bool", "True if subject begins with prefix (ordinal)")
        .plain(a -> {
          a.meter().scanText(a.str(1).length());
          return Dval.DBool.of(a.str(0).startsWith(a.str(1)));
        });
    r.fn("String::endsWith_v0", "subject: Str, suffix: Str -> Bool", "True if subject ends with suffix (ordinal)")
        .plain(a -> {
          a.meter().scanText(a.str(1).length());
          return Dval.DBool.of(a.str(0).endsWith(a.str(1)));
        });
    r.fn("String::replaceAll_v0", "s: Str, searchFor: Str, replaceWith: Str -> Str", "Replace every occurrence (ordinal)")
        .plain(a -> new DStr(replaceAll(a.meter(), a.str(0), a.str(1), a.str(2))));
    r.fn("String::join_v0", "l: List<Str>, separator: Str -> Str", "Join strings with a separator")
        .plain(a -> new DStr(joined(a.meter(), strings(a.list(0)), a.str(1))));
    r.fn("String::htmlEscape_v0", "html: Str -> Str", "Escape < > & \" ' as HTML entities")
        .purity(Builtin.Purity.IMPURE)
        .plain(a -> a.meter().str(htmlEscape(a.str(0))));
    r.fn("String::trim_v0", "str: Str -> Str", "Remove leading and trailing whitespace")
        .plain(a -> a.meter().str(DotnetText.trim(a.str(0))));
    r.fn("String::trimStart_v0", "str: Str -> Str", "Remove leading whitespace")
        .plain(a -> a.meter().str(DotnetText.trimStart(a.str(0))));
    r.fn("String::trimEnd_v0", "str: Str -> Str", "Remove trailing whitespace")
        .plain(a -> a.meter().str(DotnetText.trimEnd(a.str(0))));
    r.fn("String::slugify_v0", "string: Str -> Str", "Legacy slug keeping some punctuation")
        .deprecated("ReplacedBy String::slugify_v1")
        .plain(a -> a.meter().str(Slugify.v0(a.str(0))));
    r.fn("String::slugify_v1", "string: Str -> Str", "Slug of ASCII letters, digits, '_' and '-'")
        .deprecated("ReplacedBy String::slugify_v2")
        .plain(a -> a.meter().str(Slugify.v1(a.str(0))));
    r.fn("String::slugify_v2", "string: Str -> Str", "Lowercase slug of a-z, 0-9 joined by hyphens")
        .plain(a -> a.meter().str(Slugify.v2(a.str(0))));
  }

  private static void characters(Registry.Builder r) {
    r.fn("String::length_v0", "s: Str -> Int", "Length in UTF-8 bytes")
        .deprecated("ReplacedBy String::length_v1")
        .plain(a -> {
          a.meter().scanText(a.str(0).length());
          return new DInt(Utf8.byteCount(a.str(0)));
        });
    r.fn("String::length_v1", "s: Str -> Int", "Length in characters (grapheme clusters)")
        .plain(a -> new DInt(Graphemes.count(segmenting(a, 0))));
    r.fn("String::toList_v1", "s: Str -> List<Char>", "The characters of the string")
        .plain(a -> {
          List<String> characters = Graphemes.of(segmenting(a, 0));
          a.meter().list(characters.size());
          return new Dval.DList(characters.stream().<Dval>map(DChar::new).toList());
        });
    r.fn("String::fromList_v1", "l: List<Char> -> Str", "Concatenate a list of characters")
        .plain(a -> new DStr(joined(a.meter(), chars(a.list(0)), "")));
    r.fn("String::fromChar_v1", "c: Char -> Str", "A one-character string")
        .plain(a -> new DStr(a.chr(0)));
    r.fn("String::foreach_v1", "s: Str, fn: Fn<(Char) -> Char> -> Str", "Map each character through fn")
        .stepping((ctx, a) -> {
          List<List<Dval>> calls = Graphemes.of(segmenting(a, 0)).stream().map(g -> List.<Dval>of(new DChar(g))).toList();
          return Steps.mapAll(a.fn(1), calls, results -> Step.value(joinMapped(a.meter(), results)));
        });
    r.fn("String::reverse_v0", "string: Str -> Str", "Reverse the order of characters")
        .plain(a -> a.meter().str(Graphemes.reverse(segmenting(a, 0))));
  }

  private static void pieces(Registry.Builder r) {
    r.fn("String::slice_v0", "string: Str, from: Int, to: Int -> Str", "Characters from (inclusive) to (exclusive)")
        .plain(a -> a.meter().str(Graphemes.slice(segmenting(a, 0), a.integer(1), a.integer(2))));
    r.fn("String::first_v0", "string: Str, characterCount: Int -> Str", "The first n characters")
        .plain(a -> a.meter().str(nfc(Graphemes.first(segmenting(a, 0), a.integer(1)))));
    r.fn("String::last_v0", "string: Str, characterCount: Int -> Str", "The last n characters")
        .plain(a -> a.meter().str(Graphemes.last(segmenting(a, 0), a.integer(1))));
    r.fn("String::dropFirst_v0", "string: Str, characterCount: Int -> Str", "All but the first n characters")
        .plain(a -> a.meter().str(Graphemes.dropFirst(segmenting(a, 0), a.integer(1))));
    r.fn("String::dropLast_v0", "string: Str, characterCount: Int -> Str", "All but the last n characters")
        .plain(a -> a.meter().str(Graphemes.dropLast(segmenting(a, 0), a.integer(1))));
    r.fn("String::padStart_v0", "string: Str, padWith: Str, goalLength: Int -> Str", "Pad at the start to a length")
        .plain(a -> new DStr(nfc(pad(a, true))));
    r.fn("String::padEnd_v0", "string: Str, padWith: Str, goalLength: Int -> Str", "Pad at the end to a length")
        .plain(a -> new DStr(nfc(pad(a, false))));
    r.fn("String::split_v0", "s: Str, separator: Str -> List<Str>", "Legacy split dropping one empty piece at each end")
        .deprecated("ReplacedBy String::split_v1")
        .plain(a -> strList(a.meter(), Splitting.legacy(a.str(0), a.str(1), a.meter())));
    r.fn("String::split_v1", "s: Str, separator: Str -> List<Str>", "Split on a separator at character boundaries")
        .plain(a -> strList(a.meter(), Splitting.byCharacters(a.str(0), a.str(1), a.meter())));
  }

  private static void casing(Registry.Builder r) {
    r.fn("String::toUppercase_v0", "s: Str -> Str", "Uppercase ASCII letters only")
        .deprecated("ReplacedBy String::toUppercase_v1")
        .plain(a -> a.meter().str(DotnetText.toUpperAscii(a.str(0))));
    r.fn("String::toUppercase_v1", "s: Str -> Str", "Uppercase (invariant, simple case mapping)")
        .plain(a -> a.meter().str(DotnetText.toUpper(a.str(0))));
    r.fn("String::toLowercase_v0", "s: Str -> Str", "Lowercase ASCII letters only")
        .deprecated("ReplacedBy String::toLowercase_v1")
        .plain(a -> a.meter().str(DotnetText.toLowerAscii(a.str(0))));
    r.fn("String::toLowercase_v1", "s: Str -> Str", "Lowercase (invariant, simple case mapping)")
        .plain(a -> a.meter().str(DotnetText.toLower(a.str(0))));
  }

  private static void parsing(Registry.Builder r) {
    r.fn("String::toInt_v0", "s: Str -> Int", "Parse an Int in the old 63-bit range")
        .deprecated("ReplacedBy String::toInt_v1")
        .plain(a -> {
          OptionalLong n = oldRangeInt(a.meter(), a.str(0));
          if (n.isEmpty()) throw Errors.fail(Errors.argumentWasnt("s", "numeric", a.get(0)));
          return new DInt(n.getAsLong());
        });
    r.fn("String::toInt_v1", "s: Str -> Result<Int, Str>", "Parse an Int in the old 63-bit range, as a Result")
        .deprecated("ReplacedBy Int::parse_v0").rail()
        .plain(a -> {
          OptionalLong n = oldRangeInt(a.meter(), a.str(0));
          if (n.isPresent()) return Dval.ok(new DInt(n.getAsLong()));
          return Dval.err(new DStr("Expected to parse string with only numbers, instead got \"" + a.str(0) + "\""));
        });
    r.fn("String::toFloat_v0", "s: Str -> Float", "Parse a Float")
        .deprecated("ReplacedBy String::toFloat_v1")
        .plain(a -> new Dval.DFloat(DotNetNumbers.parseDouble(scanned(a, 0)).orElseThrow(() ->
            Errors.fail(Errors.argumentWasnt("s", "a string representation of an IEEE float", a.get(0))))));
    r.alias("String::toFloat_v1", "Float::parse_v0", "RenamedTo Float::parse");
    r.fn("String::toUUID_v0", "uuid: Str -> UUID", "Parse a UUID")
        .deprecated("ReplacedBy String::toUUID_v1")
        .plain(a -> new Dval.DUuid(Guids.parse(scanned(a, 0)).orElseThrow(() ->
            Errors.fail(UuidFunctions.NOT_A_UUID))));
    r.alias("String::toUUID_v1", "Uuid::parse_v0", "RenamedTo Uuid::parse");
  }

  private static void encodings(Registry.Builder r) {
    r.fn("String::toBytes_v0", "str: Str -> Bytes", "UTF-8 encoding of the string")
        .plain(a -> a.meter().bytes(Utf8.encode(a.str(0))));
    r.fn("String::base64Encode_v0", "s: Str -> Str", "URL-safe base64 of the UTF-8 bytes, unpadded")
        .plain(a -> a.meter().str(DarkBase64.urlEncodeUnpadded(Utf8.encode(scanned(a, 0)))));
    r.fn("String::base64Decode_v0", "s: Str -> Str", "Decode standard or URL-safe base64 into a string")
        .plain(a -> a.meter().str(base64ToString(scanned(a, 0))));
    r.fn("String::digest_v0", "s: Str -> Str", "SHA-384 of the UTF-8 bytes, URL-safe base64")
        .plain(a -> new DStr(DarkBase64.urlEncode(hash("SHA-384", scanned(a, 0)))));
    r.fn("String::sha384_v0", "s: Str -> Str", "SHA-384 of the UTF-8 bytes, URL-safe base64")
        .deprecated("ReplacedBy Crypto::sha384_v0")
        .plain(a -> new DStr(DarkBase64.urlEncode(hash("SHA-384", scanned(a, 0)))));
    r.fn("String::sha256_v0", "s: Str -> Str", "SHA-256 of the UTF-8 bytes, URL-safe base64")
        .deprecated("ReplacedBy Crypto::sha256_v0")
        .plain(a -> new DStr(DarkBase64.urlEncode(hash("SHA-256", scanned(a, 0)))));
  }

  /** Random strings are an effect (HELPERS.md): validate here, the caller answers [DInt length] with a DStr. */
  private static void randomness(Registry.Builder r) {
    r.fn("String::random_v0", "length: Int -> Str", "Random alphanumeric string")
        .deprecated("ReplacedBy String::random_v1").purity(Builtin.Purity.IMPURE)
        .stepping((ctx, a) -> {
          if (a.integer(0) < 0) throw Errors.fail("l should be a positive integer");
          return ctx.perform(List.of(randomLength(a)));
        });
    r.fn("String::random_v1", "length: Int -> Result<Str, Str>", "Random alphanumeric string, as a Result")
        .deprecated("ReplacedBy String::random_v1").purity(Builtin.Purity.IMPURE).rail()
        .stepping((ctx, a) -> {
          if (a.integer(0) < 0) return Step.value(Dval.err(new DStr("l should be a positive integer")));
          return ctx.perform(List.of(randomLength(a)), s -> Step.value(Dval.ok(s)));
        });
    r.fn("String::random_v2", "length: Int -> Result<Str, Str>", "Random alphanumeric string, as a Result")
        .purity(Builtin.Purity.IMPURE).rail()
        .stepping((ctx, a) -> {
          if (a.integer(0) < 0) return Step.value(Dval.err(new DStr(Errors.argumentWasnt("length", "positive", a.get(0)))));
          return ctx.perform(List.of(randomLength(a)), s -> Step.value(Dval.ok(s)));
        });
  }

  private static void removed(Registry.Builder r) {
    r.fn("String::foreach_v0", "s: Str, fn: Fn<(Char) -> Char> -> Str", "Removed")
        .deprecated("ReplacedBy String::foreach_v1").removed();
    r.fn("String::toList_v0", "s: Str -> List<Char>", "Removed")
        .deprecated("ReplacedBy String::toList_v1").removed();
    r.fn("String::fromList_v0", "l: List<Char> -> Str", "Removed")
        .deprecated("ReplacedBy String::fromList_v1").removed();
    r.fn("String::fromChar_v0", "c: Char -> Char", "Removed")
        .deprecated("ReplacedBy String::fromChar_v1").removed();
  }

  // ---- helpers ----

  static String nfc(String s) {
    return Nfc.normalize(s);
  }

  /** Argument {@code i}, charged as read through once. */
  private static String scanned(Args a, int i) {
    a.meter().scanText(a.str(i).length());
    return a.str(i);
  }

  /** Argument {@code i}, charged for being split into characters: a step per UTF-16 unit. */
  private static String segmenting(Args a, int i) {
    a.meter().scan(a.str(i).length());
    return a.str(i);
  }

  /** The two strings' concatenation is built, however large: charged before. */
  private static void chargeConcatenation(Args a) {
    a.meter().text((long) a.str(0).length() + a.str(1).length());
  }

  private static boolean contains(Args a, int lookingIn, int searchingFor) {
    String haystack = a.str(lookingIn);
    return Substrings.of(a.str(searchingFor), haystack, a.meter()).indexOf(haystack, 0) >= 0;
  }

  /** The pieces with the separator between each two, charged before it is built. */
  private static String joined(Meter meter, List<String> pieces, String separator) {
    long length = Meter.times(Math.max(0, pieces.size() - 1), separator.length());
    for (String piece : pieces) length += piece.length();
    meter.text(length);
    return String.join(separator, pieces);
  }

  private static byte[] concat(byte[] x, byte[] y) {
    byte[] out = new byte[x.length + y.length];
    System.arraycopy(x, 0, out, 0, x.length);
    System.arraycopy(y, 0, out, x.length, y.length);
    return out;
  }

  /**
   * An empty search string puts the replacement between and around every character. The matches
   * are counted first, so the result's length is charged before it is built.
   */
  private static String replaceAll(Meter meter, String s, String search, String replacement) {
    if (search.isEmpty()) {
      meter.scan(s.length());
      List<String> characters = Graphemes.of(s);
      meter.text(Meter.times(characters.size() + 1, replacement.length()) + s.length());
      return s.isEmpty() ? replacement : replacement + String.join(replacement, characters) + replacement;
    }
    Substrings finder = Substrings.of(search, s, meter);
    var starts = new ArrayList<Integer>();
    for (int at = finder.indexOf(s, 0); at >= 0; at = finder.indexOf(s, at + search.length())) starts.add(at);
    meter.text(s.length() + Meter.times(starts.size(), replacement.length()));
    var out = new StringBuilder();
    int from = 0;
    for (int at : starts) {
      out.append(s, from, at).append(replacement);
      from = at + search.length();
    }
    return out.append(s, from, s.length()).toString();
  }

  private static List<String> strings(List<Dval> items) {
    var out = new ArrayList<String>(items.size());
    for (Dval d : items) {
      if (!(d instanceof DStr s)) throw Errors.fail(Errors.listContainedWrongType("l", "Str", d));
      out.add(s.value());
    }
    return out;
  }

  private static List<String> chars(List<Dval> items) {
    var out = new ArrayList<String>(items.size());
    for (Dval d : items) {
      if (!(d instanceof DChar c)) throw Errors.fail(Errors.listContainedWrongType("l", "Character", d));
      out.add(c.value());
    }
    return out;
  }

  /** foreach_v1: every call has run; an Incomplete result wins, then anything but a Char is an error. */
  private static Dval joinMapped(Meter meter, List<Dval> results) {
    for (Dval d : results) {
      if (d instanceof DIncomplete) return d;
    }
    var sb = new StringBuilder();
    for (Dval d : results) {
      if (!(d instanceof DChar c)) throw Errors.fail(Errors.fnReturnedWrongType("fn", "Character", d));
      sb.append(c.value());
    }
    return meter.str(sb.toString());
  }

  /** The pieces (their characters already charged by the split) as a list. */
  private static Dval strList(Meter meter, List<String> pieces) {
    meter.list(pieces.size());
    return new Dval.DList(pieces.stream().<Dval>map(DStr::new).toList());
  }

  /** padStart/padEnd; the goal length is truncated to 32 bits as Dark's {@code int l} does. */
  private static String pad(Args a, boolean atStart) {
    String s = a.str(0);
    String padWith = a.str(1);
    if (Graphemes.count(padWith) != 1) throw Errors.fail(Errors.argumentWasnt("padWith", "1 character long", a.get(1)));
    int pads = Math.max(0, (int) a.integer(2) - Graphemes.count(segmenting(a, 0)));
    a.meter().text((long) pads * padWith.length() + s.length());
    if ((long) pads * padWith.length() + s.length() > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("padded string too long");  // .NET's StringBuilder throws too
    }
    String padding = padWith.repeat(pads);
    return atStart ? padding + s : s + padding;
  }

  private static String htmlEscape(String s) {
    var sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#x27;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** toInt_v0/v1 accept .NET's Int64 syntax but only the range of the old OCaml ints, [-2^62, 2^62). */
  private static OptionalLong oldRangeInt(Meter meter, String s) {
    meter.scanText(s.length());
    OptionalLong n = DotNetNumbers.parseInt64(s);
    if (n.isEmpty() || n.getAsLong() < -(1L << 62) || n.getAsLong() >= (1L << 62)) return OptionalLong.empty();
    return n;
  }

  private static String base64ToString(String s) {
    if (s.isEmpty()) return "";
    if (DarkBase64.hasWhitespace(s)) throw Errors.fail("Not a valid base64 string");
    try {
      return nfc(Utf8.decode(DarkBase64.decode(s)));
    } catch (IllegalArgumentException notBase64) {
      throw Errors.fail("Not a valid base64 string");
    }
  }

  private static byte[] hash(String algorithm, String s) {
    try {
      return MessageDigest.getInstance(algorithm).digest(Utf8.encode(s));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has " + algorithm, e);
    }
  }

  /**
   * Dark turns the length into a 32-bit int before generating; a length that wraps negative
   * made .NET's array allocation throw, which surfaces as an unknown error. The string the
   * answer will be is charged before it is asked for.
   */
  private static Dval randomLength(Args a) {
    long length = a.integer(0);
    int wrapped = (int) length;
    if (wrapped < 0) throw new IllegalArgumentException("random string length out of range: " + length);
    a.meter().text(wrapped);
    return new DInt(wrapped);
  }
}
