package umbra.handler.httpclient;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import umbra.domain.eval.EffectRequest;
import umbra.domain.httpclient.HttpClientV5;
import umbra.domain.syntax.FnName;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;
import umbra.domain.value.Meter;

/** Outgoing calls refuse this machine and private networks, on every hop, unless allowed. */
class HttpClientGuardTest {

  private static Dval get(HttpClientEffects client, String url) {
    var call = HttpClientV5.request(Meter.NONE, "GET", url, Optional.empty(), new DObj(new java.util.TreeMap<>()),
        new DObj(new java.util.TreeMap<>()));
    return client.perform(new EffectRequest(new FnName.Stdlib("HttpClient", "get", 5), List.of(), 1, call)).orElseThrow();
  }

  private static String error(Dval result) {
    assertThat(result).isInstanceOf(DErr.class);
    return ((DStr) ((DErr) result).value()).value();
  }

  @Test
  void addressesOfThisMachineAndPrivateNetworksAreRefused() throws Exception {
    for (String host : List.of("127.0.0.1", "10.1.2.3", "192.168.0.1", "172.16.0.1", "169.254.169.254", "0.0.0.0",
        "::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1", "100.64.0.1")) {
      assertThat(Destinations.refusal(InetAddress.getByName(host))).as(host).isPresent();
    }
    for (String host : List.of("8.8.8.8", "1.1.1.1", "2606:4700:4700::1111")) {
      assertThat(Destinations.refusal(InetAddress.getByName(host))).as(host).isEmpty();
    }
  }

  @Test
  void callsToLocalDestinationsFailWithAReasonUnlessAllowed() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", ex -> {
      byte[] body = "hi".getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "text/plain");
      ex.sendResponseHeaders(200, body.length);
      ex.getResponseBody().write(body);
      ex.close();
    });
    server.start();
    try {
      int port = server.getAddress().getPort();
      var guarded = new HttpClientEffects(HttpClientConfig.defaults());
      assertThat(error(get(guarded, "http://127.0.0.1:" + port + "/"))).contains("a loopback address")
          .contains("UMBRA_HTTPCLIENT_ALLOW_LOCAL");
      assertThat(error(get(guarded, "http://localhost:" + port + "/"))).contains("loopback"); // a name that resolves here
      assertThat(error(get(guarded, "http://[::1]:" + port + "/"))).contains("loopback");
      assertThat(error(get(guarded, "http://169.254.169.254/latest/meta-data"))).contains("link-local");
      assertThat(error(get(guarded, "http://10.0.0.1/"))).contains("private");

      var open = new HttpClientEffects(HttpClientConfig.fromEnvironment(Map.of("UMBRA_HTTPCLIENT_ALLOW_LOCAL", "true")));
      Dval ok = get(open, "http://127.0.0.1:" + port + "/");
      assertThat(ok).isInstanceOf(DOk.class);
      assertThat(((DObj) ((DOk) ok).value()).fields().get("body")).isEqualTo(new DStr("hi"));
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aRedirectToARefusedAddressIsRefusedToo() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    int[] port = new int[1];
    server.createContext("/", ex -> {
      ex.getResponseHeaders().add("Location", "http://127.0.0.2:" + port[0] + "/inside");
      ex.sendResponseHeaders(302, -1);
      ex.close();
    });
    server.start();
    port[0] = server.getAddress().getPort();
    try {
      // only 127.0.0.2 counts as "inside" here, so the first hop is allowed and the redirect is not
      var client = new HttpClientEffects(HttpClientConfig.defaults().withGuard(
          a -> a.getHostAddress().equals("127.0.0.2") ? Optional.of("an inside address") : Optional.empty()));
      assertThat(error(get(client, "http://127.0.0.1:" + port[0] + "/"))).contains("an inside address");
    } finally {
      server.stop(0);
    }
  }
}
