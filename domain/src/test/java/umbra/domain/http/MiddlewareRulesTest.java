package umbra.domain.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.domain.value.Repr;

/** The examples of backend.md 1.7, 2.2-2.4 and 2.6. */
class MiddlewareRulesTest {
  @Test
  void queryStringsSplitValuesOnCommasBeforeDecoding() {
    assertThat(Repr.toRepr(FormEncoding.decode("param1=2,x=[asd,5],,&,,")))
        .isEqualTo("{\n  ,,: null,\n  param1: [\n    \"2\", \"x=[asd\", \"5]\", \"\", \"\"\n  ]\n}");
    assertThat(FormEncoding.decode("param=x%2C%20y").fields().get("param")).isEqualTo(new DStr("x, y"));
    assertThat(FormEncoding.decode("param").fields().get("param")).isEqualTo(Dval.NULL);
    assertThat(FormEncoding.decode("x=first&x=second").fields().get("x")).isEqualTo(new DStr("second"));
    assertThat(FormEncoding.decode("").fields()).isEmpty();
  }

  @Test
  void cookiesAreDecodedAndDuplicatesAreAnError() {
    assertThat(FormEncoding.cookies("ajs%3acookies=true; a=").toString()).contains("ajs:cookies").contains("a=DStr[value=]");
    assertThat(FormEncoding.cookies("a=1; a=2")).isEqualTo(Dval.error("Duplicate key: a"));
  }

  @Test
  void onlyPlainOrCharsetMediaTypesAreRecognised() {
    assertThat(ContentType.parse("application/json")).isEqualTo(ContentType.JSON);
    assertThat(ContentType.parse("application/json; charset=utf-8")).isEqualTo(ContentType.JSON);
    assertThat(ContentType.parse("multipart/form-data; boundary=x")).isEqualTo(ContentType.UNKNOWN);
    assertThat(ContentType.parse("Application/JSON")).isEqualTo(ContentType.UNKNOWN);
  }

  @Test
  void queriesAreReencodedForTheUrl() {
    assertThat(FormEncoding.encodeQuery("param1=2,x=[asd,5],,&a b")).isEqualTo("param1=2,x=%5Basd,5%5D,,&a%20b");
  }

  @Test
  void corsEchoesLocalOriginsOrListedOnes() {
    assertThat(new Cors.None().allowOrigin("http://localhost:3000")).contains("http://localhost:3000");
    assertThat(new Cors.None().allowOrigin("https://evil.com")).contains("*");
    assertThat(Cors.parse("*").allowOrigin(null)).contains("*");
    assertThat(Cors.parse("https://a.com,https://b.com").allowOrigin("https://b.com")).contains("https://b.com");
    assertThat(Cors.parse("https://a.com").allowOrigin("https://A.com")).contains("null");
    assertThat(Cors.parse("https://a.com").allowOrigin(null)).isEmpty();
  }
}
