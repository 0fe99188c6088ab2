package umbra.domain.stdlib;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.BiPredicate;
import java.util.function.ToLongFunction;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;

/**
 * The Date module (Dark's LibDate). A Date is a UTC {@link LocalDateTime} with 100ns precision,
 * as NodaTime's LocalDateTime was in Dark (language.md A.6); the clock is an effect.
 */
final class DateFunctions {
  private DateFunctions() {}

  static final String INVALID = "Invalid date format";

  // NodaTime's representable range; arithmetic leaving it threw in Dark ("Unknown error").
  private static final LocalDateTime NODA_MIN = LocalDateTime.of(-9998, 1, 1, 0, 0);
  private static final LocalDateTime NODA_MAX = LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999);

  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");
  private static final DateTimeFormatter BASIC_DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");
  private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.ofPattern("uuuuMMdd");

  static void register(Registry.Builder r) {
    parsing(r);
    printing(r);
    r.fn("Date::now_v0", "-> Date", "Current UTC date/time.").effect();
    r.fn("Date::today_v0", "-> Date", "Current UTC date with the time set to midnight.").effect();
    arithmetic(r);
    comparisons(r);
    fields(r);
    legacyFields(r);
  }

  private static void parsing(Registry.Builder r) {
    r.fn("Date::parse_v0", "s: Str -> Date", "Parse a date/time leniently; DError on failure.")
        .deprecated("ReplacedBy Date::parse_v1")
        .plain(a -> DateParser.parse(scanned(a)).<Dval>map(DDate::new).orElse(Dval.error(INVALID)));
    r.fn("Date::parse_v1", "s: Str -> Result<Date, Str>", "Parse a date/time leniently: Ok date or Error.")
        .deprecated("ReplacedBy Date::parse_v2").rail().plain(a -> parseResult(scanned(a)));
    r.fn("Date::parse_v2", "s: Str -> Result<Date, Str>", "Parse a date/time leniently: Ok date or Error.")
        .rail().plain(a -> parseResult(scanned(a)));
  }

  /** The text to parse, charged as read through. */
  private static String scanned(Args a) {
    a.meter().scanText(a.str(0).length());
    return a.str(0);
  }

  private static Dval parseResult(String s) {
    return DateParser.parse(s).<Dval>map(d -> new DOk(new DDate(d))).orElse(new DErr(Dval.str(INVALID)));
  }

  private static void printing(Registry.Builder r) {
    r.fn("Date::toString_v0", "date: Date -> Str", "Format as YYYY-MM-DDThh:mm:ssZ.")
        .plain(a -> format(a.date(0), ISO));
    r.fn("Date::toStringISO8601BasicDateTime_v0", "date: Date -> Str", "Format as YYYYMMDDThhmmssZ.")
        .plain(a -> format(a.date(0), BASIC_DATE_TIME));
    r.fn("Date::toStringISO8601BasicDate_v0", "date: Date -> Str", "Format as YYYYMMDD.")
        .plain(a -> format(a.date(0), BASIC_DATE));
    r.fn("Date::toHumanReadable_v0", "date: Date -> Str", "Broken: treats epoch seconds as milliseconds.")
        .deprecated("DeprecatedBecause This function doesn't work")
        .plain(a -> Dval.str(HumanReadable.of(a.date(0).toEpochSecond(ZoneOffset.UTC))));
  }

  /** Dark printed through System.DateTime, which has no years before 1. */
  private static Dval format(LocalDateTime d, DateTimeFormatter f) {
    if (d.getYear() < 1) throw new IllegalStateException("date outside System.DateTime's range: " + d);
    return Dval.str(f.format(d));
  }

  private static void arithmetic(Registry.Builder r) {
    r.fn("Date::add_v0", "d: Date, seconds: Int -> Date", "The date plus some seconds.")
        .plain(a -> date(a.date(0).plusSeconds(a.integer(1))));
    r.fn("Date::sub_v0", "d: Date, seconds: Int -> Date", "The date minus some seconds.")
        .deprecated("ReplacedBy Date::subtract_v0").plain(DateFunctions::minusSeconds);
    r.fn("Date::subtractSeconds_v0", "d: Date, seconds: Int -> Date", "The date minus some seconds.")
        .plain(DateFunctions::minusSeconds);
    r.alias("Date::subtract_v0", "Date::subtractSeconds_v0", "RenamedTo Date::subtractSeconds");
    r.fn("Date::subtract_v1", "end: Date, start: Date -> Int", "end - start in whole seconds.")
        .plain(a -> {
          Duration diff = Duration.between(a.date(1), a.date(0));
          double totalSeconds = diff.getSeconds() + diff.getNano() / 1e9;
          return new DInt((long) Math.rint(totalSeconds)); // .NET Math.Round: half to even
        });
    r.fn("Date::toSeconds_v0", "date: Date -> Int", "Seconds since the Unix epoch.")
        .plain(a -> new DInt(a.date(0).toEpochSecond(ZoneOffset.UTC)));
    r.fn("Date::fromSeconds_v0", "seconds: Int -> Date", "The date some seconds after the Unix epoch.")
        .plain(a -> date(LocalDateTime.ofEpochSecond(a.integer(0), 0, ZoneOffset.UTC)));
    r.fn("Date::atStartOfDay_v0", "date: Date -> Date", "The same day at midnight.")
        .plain(a -> new DDate(a.date(0).toLocalDate().atStartOfDay()));
  }

  private static Dval minusSeconds(Args a) {
    return date(a.date(0).minusSeconds(a.integer(1)));
  }

  private static DDate date(LocalDateTime d) {
    if (d.isBefore(NODA_MIN) || d.isAfter(NODA_MAX)) throw new IllegalStateException("date out of range: " + d);
    return new DDate(d);
  }

  private static void comparisons(Registry.Builder r) {
    compare(r, "greaterThan", "Whether d1 > d2.", LocalDateTime::isAfter);
    compare(r, "lessThan", "Whether d1 < d2.", LocalDateTime::isBefore);
    compare(r, "greaterThanOrEqualTo", "Whether d1 >= d2.", (x, y) -> !x.isBefore(y));
    compare(r, "lessThanOrEqualTo", "Whether d1 <= d2.", (x, y) -> !x.isAfter(y));
  }

  private static void compare(Registry.Builder r, String name, String doc, BiPredicate<LocalDateTime, LocalDateTime> p) {
    r.fn("Date::" + name + "_v0", "d1: Date, d2: Date -> Bool", doc)
        .plain(a -> DBool.of(p.test(a.date(0), a.date(1))));
  }

  private static void fields(Registry.Builder r) {
    field(r, "Date::year_v0", "Year component.", LocalDateTime::getYear);
    field(r, "Date::month_v0", "Month component, 1-12.", LocalDateTime::getMonthValue);
    field(r, "Date::day_v0", "Day-of-month component.", LocalDateTime::getDayOfMonth);
    field(r, "Date::weekday_v0", "ISO weekday: Monday=1 ... Sunday=7.", d -> d.getDayOfWeek().getValue());
    field(r, "Date::hour_v2", "Hour component, 0-23.", LocalDateTime::getHour);
    field(r, "Date::minute_v1", "Minute component, 0-59.", LocalDateTime::getMinute);
    field(r, "Date::second_v1", "Second component, 0-59.", LocalDateTime::getSecond);
  }

  /** Bug-for-bug copies of the OCaml backend's results, kept because programs call them. */
  private static void legacyFields(Registry.Builder r) {
    r.fn("Date::hour_v0", "date: Date -> Int", "Buggy: total hours since the epoch, mod 60.")
        .deprecated("ReplacedBy Date::hour_v1")
        .plain(a -> {
          LocalDateTime d = a.date(0);
          double totalHours = (d.toEpochSecond(ZoneOffset.UTC) + d.getNano() / 1e9) / 3600.0;
          return new DInt((int) (totalHours % 60.0));
        });
    legacy(r, "Date::hour_v1", "ReplacedBy Date::hour_v2", "Hour; before 1970, hour - 23.",
        d -> d.getYear() < 1970 ? d.getHour() - 23 : d.getHour());
    legacy(r, "Date::minute_v0", "ReplacedBy Date::minute_v1", "Minute, OCaml-compatible before 1970.",
        d -> d.getYear() >= 1970 ? d.getMinute()
            : d.getSecond() == 0 ? (d.getMinute() - 60) % 60 : d.getMinute() - 59);
    legacy(r, "Date::second_v0", "ReplacedBy Date::second_v1", "Second, OCaml-compatible before 1970.",
        d -> d.getYear() < 1970 ? (d.getSecond() - 60) % 60 : d.getSecond());
  }

  private static void field(Registry.Builder r, String name, String doc, ToLongFunction<LocalDateTime> f) {
    r.fn(name, "date: Date -> Int", doc).plain(a -> new DInt(f.applyAsLong(a.date(0))));
  }

  private static void legacy(Registry.Builder r, String name, String why, String doc, ToLongFunction<LocalDateTime> f) {
    r.fn(name, "date: Date -> Int", doc).deprecated(why).plain(a -> new DInt(f.applyAsLong(a.date(0))));
  }
}
