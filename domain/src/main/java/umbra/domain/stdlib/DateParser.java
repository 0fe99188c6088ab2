package umbra.domain.stdlib;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@code Date::parse}'s lenient parser. Dark (LibDate.ocamlCompatibleDateParser) generated about
 * 600 .NET custom formats meant to match OCaml's Core.Time.of_string and handed them to
 * {@code DateTime.TryParseExact(s, formats, InvariantCulture, AssumeUniversal)}, then converted
 * the result to UTC. This class builds the same format list and matches each format the way
 * .NET's {@code DateTimeParse.ParseByFormat} does for the specifiers used: fixed-width digit
 * fields, literal separators, {@code tt} (AM/PM, any case), {@code zzz} ({@code +h[h][:]mm}, at
 * most 14 hours) and {@code Z} (the word "Z" or "GMT", any case). The whole string must match;
 * no white space is skipped.
 */
final class DateParser {
  private DateParser() {}

  private static final long MAX_OFFSET_SECONDS = 14 * 3600;
  private static final LocalDateTime DOTNET_MIN = LocalDateTime.of(1, 1, 1, 0, 0);
  private static final LocalDateTime DOTNET_MAX = LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_900);

  private static final List<String> FORMATS = formats();

  /** The UTC date-time, or empty for Dark's "Invalid date format". */
  static Optional<LocalDateTime> parse(String s) {
    // Dark special-cases these before .NET sees them: .NET's `Z` accepts "z" and "GMT".
    if (s.endsWith("z") || s.contains("GMT")) return Optional.empty();
    for (String format : FORMATS) {
      Optional<LocalDateTime> d = new Match(s, format).run();
      if (d.isPresent()) return d;
    }
    return Optional.empty();
  }

  /** The cartesian product of LibDate.ocamlDateTimeFormats, most common formats first. */
  private static List<String> formats() {
    var all = new TreeSet<String>();
    for (String dfs : List.of(" ", "-", ""))
      for (String dts : List.of("T", " ", ""))
        for (String ts : List.of(":", ""))
          for (String secs : List.of("ss", ""))
            for (String tt : List.of("tt", ""))
              for (String msf : List.of("", ".f", ".ff", ".fff", ".ffff", ".fffff", ".ffffff", ".fffffff"))
                for (String tz : List.of("zzz", "Z", "")) {
                  String ss = secs.isEmpty() ? "" : ts + secs;
                  String hh = tt.isEmpty() ? "HH" : "hh";
                  String fraction = ss.isEmpty() ? "" : msf;
                  all.add("yyyy" + dfs + "MM" + dfs + "dd" + dts + hh + ts + "mm" + ss + fraction + tt + tz);
                }
    var ordered = new LinkedHashSet<String>(List.of("yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mm:ss",
        "yyyy-MM-dd HH:mm:ssZ", "yyyy-MM-dd HH:mm:ss", "yyyy MM dd HH:mm:ssZ", "yyyy MM dd HH:mm:ss"));
    ordered.addAll(all);
    return new ArrayList<>(ordered);
  }

  /** One attempt of one format against the input (DateTimeParse.DoStrictParse). */
  private static final class Match {
    private final String s;
    private final String format;
    private int pos;
    private int year;
    private int month;
    private int day;
    private int hour;
    private int minute;
    private int second;
    private long fractionTicks;
    private boolean hour12;
    /** Set by {@code tt}; an {@code hh} hour without it counts as AM, as .NET assumes. */
    private boolean pm;
    private long offsetSeconds;

    Match(String s, String format) {
      this.s = s;
      this.format = format;
    }

    Optional<LocalDateTime> run() {
      int f = 0;
      while (f < format.length()) {
        char c = format.charAt(f);
        int n = 1;
        while (f + n < format.length() && format.charAt(f + n) == c && "yMdHhmsftz".indexOf(c) >= 0) n++;
        if (!field(c, n)) return Optional.empty();
        f += n;
      }
      if (pos != s.length()) return Optional.empty();
      return toUtc();
    }

    private boolean field(char c, int n) {
      return switch (c) {
        case 'y' -> (year = digits(4)) >= 0;
        case 'M' -> (month = digits(2)) >= 0;
        case 'd' -> (day = digits(2)) >= 0;
        case 'H' -> (hour = digits(2)) >= 0;
        case 'h' -> {
          hour12 = true;
          yield (hour = digits(2)) >= 0;
        }
        case 'm' -> (minute = digits(2)) >= 0;
        case 's' -> (second = digits(2)) >= 0;
        case 'f' -> fraction(n);
        case 't' -> timeMark();
        case 'z' -> offset();
        case 'Z' -> utcDesignator();
        default -> literal(c);
      };
    }

    private boolean literal(char c) {
      if (pos >= s.length() || s.charAt(pos) != c) return false;
      pos++;
      return true;
    }

    /** {@code f} repeated n times: exactly n digits, in units of 100ns ticks. */
    private boolean fraction(int n) {
      int digits = digits(n);
      if (digits < 0) return false;
      fractionTicks = digits * (long) Math.pow(10, 7 - n);
      return true;
    }

    /** Exactly {@code count} ASCII digits, or -1. */
    private int digits(int count) {
      if (pos + count > s.length()) return -1;
      int value = 0;
      for (int i = 0; i < count; i++) {
        char d = s.charAt(pos + i);
        if (!isAsciiDigit(d)) return -1;
        value = value * 10 + (d - '0');
      }
      pos += count;
      return value;
    }

    private static boolean isAsciiDigit(char c) { return c >= '0' && c <= '9'; }

    /** {@code tt}: the invariant culture's "AM"/"PM", compared ignoring case. */
    private boolean timeMark() {
      if (pos + 2 > s.length()) return false;
      String mark = s.substring(pos, pos + 2);
      if (mark.equalsIgnoreCase("AM")) pm = false;
      else if (mark.equalsIgnoreCase("PM")) pm = true;
      else return false;
      pos += 2;
      return true;
    }

    /** {@code zzz}: a sign, one or two hour digits, an optional colon, two minute digits. */
    private boolean offset() {
      if (pos >= s.length() || (s.charAt(pos) != '+' && s.charAt(pos) != '-')) return false;
      boolean negative = s.charAt(pos++) == '-';
      int start = pos;
      while (pos < s.length() && pos - start < 2 && isAsciiDigit(s.charAt(pos))) pos++;
      if (pos == start) return false;
      int hours = Integer.parseInt(s.substring(start, pos));
      if (pos < s.length() && s.charAt(pos) == ':') pos++;
      int minutes = digits(2);
      if (minutes < 0 || minutes >= 60) return false;
      offsetSeconds = (negative ? -1 : 1) * (hours * 3600L + minutes * 60L);
      return true;
    }

    /** {@code Z}: the word "GMT" or "Z" in any case, not followed by a letter. */
    private boolean utcDesignator() {
      for (String word : List.of("GMT", "Z")) {
        int end = pos + word.length();
        if (end <= s.length() && s.substring(pos, end).equalsIgnoreCase(word)
            && (end == s.length() || !Character.isLetter(s.charAt(end)))) {
          pos = end;
          return true;
        }
      }
      return false;
    }

    private Optional<LocalDateTime> toUtc() {
      if (hour12) {
        if (hour > 12) return Optional.empty();
        if (pm) hour = hour == 12 ? 12 : hour + 12;
        else if (hour == 12) hour = 0;
      }
      if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1
          || day > YearMonth.of(year, month).lengthOfMonth() || hour > 23 || minute > 59 || second > 59) {
        return Optional.empty();
      }
      if (Math.abs(offsetSeconds) > MAX_OFFSET_SECONDS) return Optional.empty();
      LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second)
          .plusNanos(fractionTicks * 100);
      LocalDateTime utc = local.minusSeconds(offsetSeconds);
      // DateTimeParse.AdjustTimeZoneToLocal treats a time on 0001-01-01 as a time of day and
      // wraps it around midnight instead of failing.
      if (local.toLocalDate().equals(DOTNET_MIN.toLocalDate()) && utc.isBefore(DOTNET_MIN)) {
        utc = utc.plusDays(1);
      }
      if (utc.isBefore(DOTNET_MIN) || utc.isAfter(DOTNET_MAX)) return Optional.empty();
      return Optional.of(utc);
    }
  }
}
