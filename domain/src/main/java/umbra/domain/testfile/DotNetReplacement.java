package umbra.domain.testfile;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Regex.Replace} of .NET, which Dark's {@code Test::regexReplace} used: every match is
 * replaced, and the replacement uses .NET's substitutions ({@code $1}, {@code ${name}},
 * {@code $$}, {@code $&}, {@code $`}, {@code $'}, {@code $+}, {@code $_}); anything else, including
 * a backslash and a reference to a group that does not exist, is literal. Java's own replacement
 * syntax differs (backslash escapes, an error on a missing group), so it is not used.
 */
final class DotNetReplacement {
  private DotNetReplacement() {}

  static String replaceAll(String subject, Pattern pattern, String replacement) {
    Matcher m = pattern.matcher(subject);
    var out = new StringBuilder();
    int last = 0;
    while (m.find()) { // find() steps past empty matches the way .NET does
      out.append(subject, last, m.start());
      substitute(subject, m, replacement, out);
      last = m.end();
    }
    out.append(subject, last, subject.length());
    return out.toString();
  }

  private static void substitute(String subject, MatchResult m, String r, StringBuilder out) {
    int i = 0;
    while (i < r.length()) {
      char c = r.charAt(i);
      if (c != '$' || i + 1 >= r.length()) {
        out.append(c);
        i++;
        continue;
      }
      char next = r.charAt(i + 1);
      int consumed = switch (next) {
        case '$' -> append(out, "$");
        case '&' -> append(out, m.group());
        case '`' -> append(out, subject.substring(0, m.start()));
        case '\'' -> append(out, subject.substring(m.end()));
        case '_' -> append(out, subject);
        case '+' -> append(out, m.groupCount() == 0 ? m.group() : nullToEmpty(m.group(m.groupCount())));
        case '{' -> named(r, i, m, out);
        default -> Character.isDigit(next) ? numbered(r, i, m, out) : 0;
      };
      if (consumed == 0) {
        out.append(c);
        i++;
      } else {
        i += consumed;
      }
    }
  }

  private static int append(StringBuilder out, String s) {
    out.append(s);
    return 2;
  }

  private static int numbered(String r, int i, MatchResult m, StringBuilder out) {
    int j = i + 1;
    int group = -1;
    int end = -1;
    // .NET takes the longest digit run that names an existing group
    while (j < r.length() && Character.isDigit(r.charAt(j))) {
      int g = Integer.parseInt(r.substring(i + 1, j + 1));
      if (g <= m.groupCount()) {
        group = g;
        end = j + 1;
      }
      j++;
      if (j - i > 9) break;
    }
    if (group < 0) return 0;
    out.append(nullToEmpty(m.group(group)));
    return end - i;
  }

  private static int named(String r, int i, MatchResult m, StringBuilder out) {
    int close = r.indexOf('}', i + 2);
    if (close < 0) return 0;
    String name = r.substring(i + 2, close);
    try {
      String value = name.chars().allMatch(Character::isDigit) && !name.isEmpty()
          ? m.group(Integer.parseInt(name))
          : m.group(name);
      out.append(nullToEmpty(value));
      return close + 1 - i;
    } catch (RuntimeException noSuchGroup) {
      return 0;
    }
  }

  private static String nullToEmpty(String s) { return s == null ? "" : s; }
}
