package umbra.handler.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import umbra.dto.http.HeaderDto;
import umbra.dto.http.HttpRequestDto;
import umbra.dto.http.HttpResponseDto;

/** Requests as the web server would hand them over, and their responses' bodies. */
final class Requests {
  private Requests() {}

  static HttpRequestDto get(String canvas, String target, HeaderDto... extra) {
    return request("GET", canvas, target, new byte[0], extra);
  }

  static HttpRequestDto request(String method, String canvas, String target, byte[] body, HeaderDto... extra) {
    var headers = new ArrayList<HeaderDto>();
    headers.add(new HeaderDto("Host", canvas + ".localhost:8000"));
    headers.addAll(List.of(extra));
    return new HttpRequestDto(method, "http", target, headers, body, HttpRequestDto.BodyProblem.NONE);
  }

  static String body(HttpResponseDto r) { return new String(r.body(), StandardCharsets.UTF_8); }
}
