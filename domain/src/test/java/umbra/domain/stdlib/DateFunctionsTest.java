package umbra.domain.stdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static umbra.domain.stdlib.Builtins.call;
import static umbra.domain.stdlib.Builtins.value;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;

class DateFunctionsTest {

  private static DDate d(String iso) {
    return (DDate) ((DOk) value("Date::parse_v2", Dval.str(iso))).value();
  }

  private static Dval parsedAsString(String s) {
    Dval r = value("Date::parse_v2", Dval.str(s));
    return r instanceof DOk ok ? new DOk(value("Date::toString_v0", ok.value())) : r;
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2000-11-22 09:10:15|2000-11-22T09:10:15Z",
      "2000-11-22 09:10:15Z|2000-11-22T09:10:15Z",
      "2012-01-31 23:59:59.999|2012-01-31T23:59:59Z",
      "2012-01-31 23:59:59.999+0100|2012-01-31T22:59:59Z",
      "2012-01-31 23:59:59.999-0100|2012-02-01T00:59:59Z",
      "2018-09-09 11:43:54+0200|2018-09-09T09:43:54Z",
      "2018-09-24T17:48:00|2018-09-24T17:48:00Z",
      "1999-03-22T05:06:07.000Z|1999-03-22T05:06:07Z",
      "2006-06-09T10:20:30.040+02:00|2006-06-09T08:20:30Z",
      "20061204T1020Z|2006-12-04T10:20:00Z",
      "2008-09-15T09:30:41.1234567Z|2008-09-15T09:30:41Z",
      "2008-09-15T09:30:41.7752486-07:00|2008-09-15T16:30:41Z",
      "20061204T10:20:54.67am|2006-12-04T10:20:54Z",
      "20061204T1020PM|2006-12-04T22:20:00Z",
      "20061204T1220am|2006-12-04T00:20:00Z",
      "2008-09-15T09:30:41gmt|2008-09-15T09:30:41Z",
      "2008-09-15T09:30:41+1:30|2008-09-15T08:00:41Z",
  })
  void parsesTheFormatsOfOcamlsTimeOfString(String input, String expected) {
    assertThat(parsedAsString(input)).isEqualTo(new DOk(Dval.str(expected)));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "asd", "2000-11-22 09:10:15z", "2008-09-15T09:30:41GMT", "2008-09-15T09:30:41UTC", "2012-01-31",
      "2016-12-27 14:40:46 +0000", "20061204T10203Z", "20061204T1Z", "2006120T102030Z", "+2006-06-09",
      "20061204T1020 am", " 2006-06-09T10:20:30.040+02:00", "2006-06-09T10:20:30.040+02:00 ",
      "2008-09-15T09:30:41.12345678", "2019-02-29T10:00:00", "2019-07-28T24:00:00", "20061204T1320pm",
      "2008-09-15T09:30:41+14:01", "0000-01-01T00:00:00", "1999-03-22T05:06:07+01:00[Europe/Paris]"})
  void rejectsEverythingElse(String input) {
    assertThat(value("Date::parse_v2", Dval.str(input))).isEqualTo(new DErr(Dval.str("Invalid date format")));
    assertThat(value("Date::parse_v0", Dval.str(input))).isEqualTo(Dval.error("Invalid date format"));
  }

  @Test
  void keepsFractionsOfASecond() {
    assertThat(d("2008-09-15T09:30:41.1234567Z").value()).isEqualTo(LocalDateTime.of(2008, 9, 15, 9, 30, 41, 123_456_700));
  }

  @Test
  void timesOnTheFirstDayWrapAroundMidnightLikeDotNet() {
    assertThat(d("0001-01-01T01:00:00+02:00").value()).isEqualTo(LocalDateTime.of(1, 1, 1, 23, 0));
  }

  @Test
  void comparesDates() {
    DDate a = d("2019-07-28T22:42:36Z");
    DDate b = d("2020-11-26T04:37:46Z");
    assertThat(value("Date::lessThan_v0", a, b)).isEqualTo(Dval.TRUE);
    assertThat(value("Date::lessThan_v0", a, a)).isEqualTo(Dval.FALSE);
    assertThat(value("Date::lessThanOrEqualTo_v0", a, a)).isEqualTo(Dval.TRUE);
    assertThat(value("Date::greaterThan_v0", b, a)).isEqualTo(Dval.TRUE);
    assertThat(value("Date::greaterThanOrEqualTo_v0", a, b)).isEqualTo(Dval.FALSE);
  }

  @ParameterizedTest
  @CsvSource({
      "Date::month_v0,2019-07-28T22:42:36Z,7", "Date::day_v0,2019-07-28T22:42:36Z,28",
      "Date::hour_v0,2019-07-28T22:42:36Z,22", "Date::hour_v1,2019-12-27T03:27:36Z,3",
      "Date::second_v0,1905-12-13T10:12:14Z,-46", "Date::second_v0,1969-07-05T12:34:00Z,0",
      "Date::minute_v0,1955-05-16T18:08:00Z,-52", "Date::minute_v0,1919-07-28T22:42:36Z,-17",
      "Date::weekday_v0,2019-07-23T22:42:36Z,2", "Date::weekday_v0,2019-07-28T22:42:36Z,7",
      "Date::weekday_v0,1919-07-28T22:42:36Z,1", "Date::hour_v0,1919-07-28T22:42:36Z,-37",
      "Date::hour_v0,1970-07-28T22:42:36Z,34", "Date::hour_v1,1919-12-27T03:27:36Z,-20",
      "Date::hour_v2,1919-12-27T03:27:36Z,3", "Date::minute_v1,1919-07-28T22:42:36Z,42",
      "Date::year_v0,1919-07-28T22:42:36Z,1919", "Date::toSeconds_v0,2075-11-14T11:01:35Z,3340954895"})
  void readsFieldsIncludingTheLegacyBugs(String fn, String date, long expected) {
    assertThat(value(fn, d(date))).isEqualTo(new DInt(expected));
  }

  @Test
  void printsAndConverts() {
    assertThat(value("Date::toStringISO8601BasicDateTime_v0", d("1919-07-28T22:42:36Z"))).isEqualTo(Dval.str("19190728T224236Z"));
    assertThat(value("Date::toStringISO8601BasicDate_v0", d("1069-07-28T22:42:36Z"))).isEqualTo(Dval.str("10690728"));
    assertThat(value("Date::atStartOfDay_v0", d("2019-07-28T22:42:36Z"))).isEqualTo(d("2019-07-28T00:00:00Z"));
    assertThat(value("Date::fromSeconds_v0", new DInt(1095379198))).isEqualTo(new DDate(LocalDateTime.of(2004, 9, 16, 23, 59, 58)));
    assertThat(value("Date::toHumanReadable_v0", d("1970-01-01T00:00:00Z"))).isEqualTo(Dval.str("less than a minute"));
    assertThat(value("Date::toHumanReadable_v0", d("2019-07-28T22:42:36Z"))).isEqualTo(Dval.str("18 days, 2 hours, 32 minutes"));
  }

  @Test
  void addsAndSubtractsSeconds() {
    DDate base = d("2020-11-26T04:37:46Z");
    assertThat(value("Date::add_v0", base, new DInt(1000000))).isEqualTo(d("2020-12-07T18:24:26Z"));
    assertThat(value("Date::subtract_v0", base, new DInt(-10))).isEqualTo(d("2020-11-26T04:37:56Z"));
    assertThat(value("Date::sub_v0", base, new DInt(10))).isEqualTo(d("2020-11-26T04:37:36Z"));
    assertThat(value("Date::subtractSeconds_v0", base, new DInt(1000000))).isEqualTo(d("2020-11-14T14:51:06Z"));
    assertThat(value("Date::subtract_v1", d("1921-01-01T12:00:00Z"), d("2021-01-01T12:00:00Z"))).isEqualTo(new DInt(-3155760000L));
    assertThat(call("Date::add_v0", base, new DInt(Long.MAX_VALUE))).isInstanceOf(Builtins.Crashed.class);
  }

  @Test
  void theClockIsAnEffect() {
    assertThat(call("Date::now_v0")).isEqualTo(new Builtins.Effect(java.util.List.of()));
    assertThat(call("Date::today_v0")).isEqualTo(new Builtins.Effect(java.util.List.of()));
  }
}
