package umbra.domain.stdlib;

import umbra.domain.value.Dval.DBool;
import umbra.domain.value.Dval.DChar;

/**
 * The Char module. A Char is one grapheme cluster; case functions map the whole cluster
 * (language.md A.7.16), while the classification functions only say yes for a cluster that is a
 * single UTF-16 code unit, as Dark's {@code c.Length = 1} tests do.
 */
final class CharFunctions {
  private CharFunctions() {}

  private static final String OLD_CHARACTER = "DeprecatedBecause used an old Character type that no longer exists";

  static void register(Registry.Builder r) {
    r.fn("Char::toUppercase_v1", "c: Char -> Char", "Uppercase version of the character")
        .plain(a -> new DChar(DotnetText.toUpper(cased(a))));
    r.fn("Char::toLowercase_v1", "c: Char -> Char", "Lowercase version of the character")
        .plain(a -> new DChar(DotnetText.toLower(cased(a))));
    // Both directions are checked, so that characters without case (digits, emoji) are neither.
    r.fn("Char::isLowercase_v0", "c: Char -> Bool", "True for a lowercase character")
        .plain(a -> {
          String c = cased(a);
          return DBool.of(DotnetText.toLower(c).equals(c) && !DotnetText.toUpper(c).equals(c));
        });
    r.fn("Char::isUppercase_v0", "c: Char -> Bool", "True for an uppercase character")
        .plain(a -> {
          String c = cased(a);
          return DBool.of(DotnetText.toUpper(c).equals(c) && !DotnetText.toLower(c).equals(c));
        });
    // Char.IsDigit: any Unicode decimal digit (category Nd), as Java's Character.isDigit.
    r.fn("Char::isDigit_v0", "c: Char -> Bool", "True for a decimal digit")
        .plain(a -> DBool.of(singleUnit(a.chr(0)) && Character.isDigit(a.chr(0).charAt(0))));
    r.fn("Char::isASCIILetter_v0", "c: Char -> Bool", "True for an ASCII letter")
        .plain(a -> DBool.of(singleUnit(a.chr(0)) && isAsciiLetter(a.chr(0).charAt(0))));
    r.fn("Char::isASCII_v0", "c: Char -> Bool", "True for an ASCII character")
        .plain(a -> DBool.of(singleUnit(a.chr(0)) && a.chr(0).charAt(0) < 128));

    r.fn("Char::toASCIICode_v0", "c: Char -> Int", "Removed").deprecated(OLD_CHARACTER).removed();
    r.fn("Char::toASCIIChar_v0", "i: Int -> Char", "Removed").deprecated(OLD_CHARACTER).removed();
    r.fn("Char::toLowercase_v0", "c: Char -> Char", "Removed").deprecated(OLD_CHARACTER).removed();
    r.fn("Char::toUppercase_v0", "c: Char -> Char", "Removed").deprecated(OLD_CHARACTER).removed();
  }

  /**
   * The character, charged for a case mapping: a cluster is usually a unit or two, but may hold
   * any number of combining marks, and the mapping builds a string as long.
   */
  private static String cased(Args a) {
    a.meter().text(a.chr(0).length());
    return a.chr(0);
  }

  private static boolean singleUnit(String c) { return c.length() == 1; }

  private static boolean isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
}
