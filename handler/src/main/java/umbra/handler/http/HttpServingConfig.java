package umbra.handler.http;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import umbra.domain.http.ResponseLimit;
import umbra.handler.limits.RunBudget;
import umbra.handler.limits.RunBudgets;
import umbra.domain.trace.SamplingRule;

/**
 * How the canvas HTTP server behaves.
 *
 * @param baseDomains {@code <canvas>.<base>} names a canvas (backend.md 1.3)
 * @param useHttps redirect plain HTTP (as told by {@code X-Forwarded-Proto}) to https (1.8)
 * @param maxBodyBytes larger bodies get 413 (1.1: 10 MiB)
 * @param bodyTimeout a body that stops arriving for this long gets 400 (1.10)
 * @param budget each handler execution's budgets: steps, depth, bytes, wall-clock time
 * @param responseLimit a handler's response body over this size gets a 500 naming the limit
 * @param defaultSampling traces of handlers without their own rule (3.5)
 * @param tracesPerHandlerPerSecond how many traces a handler (or a canvas's 404s) may store per
 *     second on average, with bursts of as many; 0 for no limit (see {@code TraceBudget})
 * @param favicon the PNG for {@code /favicon.ico} when no handler serves it (1.5)
 * @param canvasConcurrency how many requests of one canvas evaluate at once and wait behind them
 */
public record HttpServingConfig(List<String> baseDomains, boolean useHttps, long maxBodyBytes, Duration bodyTimeout,
    RunBudget budget, ResponseLimit responseLimit, SamplingRule defaultSampling, int tracesPerHandlerPerSecond, byte[] favicon,
    CanvasConcurrency canvasConcurrency) {

  public static final long TEN_MIB = 10L * 1024 * 1024;
  public static final String RESPONSE_LIMIT_VARIABLE = "UMBRA_MAX_RESPONSE_BYTES";
  public static final List<String> DEFAULT_BASE_DOMAINS = List.of("localhost", "builtwithdark.localhost");

  public HttpServingConfig {
    baseDomains = List.copyOf(baseDomains);
    if (maxBodyBytes <= 0) throw new IllegalArgumentException("maxBodyBytes must be positive");
    if (bodyTimeout.isNegative() || bodyTimeout.isZero()) throw new IllegalArgumentException("bodyTimeout must be positive");
    if (tracesPerHandlerPerSecond < 0) throw new IllegalArgumentException("tracesPerHandlerPerSecond must not be negative");
    favicon = favicon.clone();
  }

  /** The editor shows a handler's 10 newest traces; 100 a second is plenty, and bounds what a flood costs. */
  public static final int DEFAULT_TRACES_PER_HANDLER_PER_SECOND = 100;

  public static HttpServingConfig defaults(byte[] favicon) {
    return new HttpServingConfig(DEFAULT_BASE_DOMAINS, false, TEN_MIB, Duration.ofSeconds(5), RunBudgets.DEFAULTS.http(),
        ResponseLimit.DEFAULT, SamplingRule.ALL, DEFAULT_TRACES_PER_HANDLER_PER_SECOND, favicon,
        CanvasConcurrency.DEFAULTS);
  }

  public HttpServingConfig withBaseDomains(List<String> domains) {
    return new HttpServingConfig(domains, useHttps, maxBodyBytes, bodyTimeout, budget, responseLimit, defaultSampling, tracesPerHandlerPerSecond, favicon, canvasConcurrency);
  }

  public HttpServingConfig withUseHttps(boolean on) {
    return new HttpServingConfig(baseDomains, on, maxBodyBytes, bodyTimeout, budget, responseLimit, defaultSampling, tracesPerHandlerPerSecond, favicon, canvasConcurrency);
  }

  public HttpServingConfig withBodyTimeout(Duration timeout) {
    return new HttpServingConfig(baseDomains, useHttps, maxBodyBytes, timeout, budget, responseLimit, defaultSampling, tracesPerHandlerPerSecond, favicon, canvasConcurrency);
  }

  public HttpServingConfig withBudget(RunBudget b) {
    return new HttpServingConfig(baseDomains, useHttps, maxBodyBytes, bodyTimeout, b, responseLimit, defaultSampling, tracesPerHandlerPerSecond, favicon, canvasConcurrency);
  }

  public HttpServingConfig withResponseLimit(ResponseLimit r) {
    return new HttpServingConfig(baseDomains, useHttps, maxBodyBytes, bodyTimeout, budget, r, defaultSampling, tracesPerHandlerPerSecond, favicon, canvasConcurrency);
  }

  /** With the response limit from {@value #RESPONSE_LIMIT_VARIABLE} (bytes), when it is set. */
  public HttpServingConfig withResponseLimitFrom(Map<String, String> env) {
    String text = env.get(RESPONSE_LIMIT_VARIABLE);
    if (text == null) return this;
    try {
      return withResponseLimit(new ResponseLimit(Long.parseLong(text.strip())));
    } catch (IllegalArgumentException e) { // NumberFormatException included
      throw new IllegalArgumentException(RESPONSE_LIMIT_VARIABLE + " must be a positive number of bytes, not '" + text + "'");
    }
  }

  public HttpServingConfig withMaxBodyBytes(long max) {
    return new HttpServingConfig(baseDomains, useHttps, max, bodyTimeout, budget, responseLimit, defaultSampling, tracesPerHandlerPerSecond, favicon, canvasConcurrency);
  }

  public HttpServingConfig withDefaultSampling(SamplingRule rule) {
    return new HttpServingConfig(baseDomains, useHttps, maxBodyBytes, bodyTimeout, budget, responseLimit, rule, tracesPerHandlerPerSecond, favicon, canvasConcurrency);
  }

  public HttpServingConfig withTracesPerHandlerPerSecond(int n) {
    return new HttpServingConfig(baseDomains, useHttps, maxBodyBytes, bodyTimeout, budget, responseLimit, defaultSampling, n, favicon, canvasConcurrency);
  }

  public HttpServingConfig withCanvasConcurrency(CanvasConcurrency c) {
    return new HttpServingConfig(baseDomains, useHttps, maxBodyBytes, bodyTimeout, budget, responseLimit, defaultSampling, tracesPerHandlerPerSecond, favicon, c);
  }
}
