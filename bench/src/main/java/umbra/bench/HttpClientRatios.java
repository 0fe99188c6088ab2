package umbra.bench;

import java.util.Map;

/**
 * Runs {@link HttpClientBench} and prints requests/s of the canvas handler that calls a local
 * upstream with {@code HttpClient::get_v5} against plain Java clients making the same GET: the
 * pooled {@code java.net.http.HttpClient} (goal: at least 0.7 of its requests/s) and a fresh
 * socket per request, which is what Umbra's client does (no pooling).
 */
public final class HttpClientRatios {
  private static final double GOAL = 0.7;

  private HttpClientRatios() {}

  public static void main(String[] args) throws Exception {
    Map<String, Double> scores = Jmh.byMethod(Jmh.run(HttpClientBench.class, args));
    Double umbra = scores.get("httpClientUmbra");
    Double untraced = scores.get("httpClientUmbraUntraced");
    Double pooled = scores.get("httpClientJavaPooled");
    Double socket = scores.get("httpClientSocket");
    System.out.println();
    System.out.printf("%-22s %14s %14s %8s  %s%n", "case", "Umbra", "peer", "ratio", "goal");
    if (umbra != null && pooled != null) {
      double ratio = umbra / pooled;
      System.out.printf("%-22s %10.0f r/s %10.0f r/s %8.2f  %s%n", "httpClient", umbra, pooled, ratio,
          ">= " + GOAL + (ratio >= GOAL ? " (met)" : " (NOT met)"));
    }
    if (untraced != null && pooled != null) {
      System.out.printf("%-22s %10.0f r/s %10.0f r/s %8.2f  %s%n", "(untraced)", untraced, pooled, untraced / pooled,
          "- (the same handler at sample-none)");
    }
    if (umbra != null && socket != null) {
      System.out.printf("%-22s %10.0f r/s %10.0f r/s %8.2f  %s%n", "httpClient vs socket", umbra, socket,
          umbra / socket, "- (peer: a new connection per request, as Umbra)");
    }
    if (untraced != null && socket != null) {
      System.out.printf("%-22s %10.0f r/s %10.0f r/s %8.2f  %s%n", "(untraced) vs socket", untraced, socket,
          untraced / socket, "-");
    }
    System.out.println("(requests/s, higher is better, ratio Umbra/peer; peer: java.net.http.HttpClient, HTTP/1.1, "
        + "pooled; 'vs socket': a fresh java.net.Socket per request)");
    System.out.println("upstream: com.sun.net.httpserver.HttpServer on 127.0.0.1, " + HttpClientBench.UPSTREAM_THREADS
        + " threads, " + HttpClientBench.BODY.length() + "-byte text/plain body");
    System.out.println("handler: " + HttpClientBench.CODE.replace("%d", "<port>"));
  }
}
