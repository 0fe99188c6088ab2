package umbra.dto.http;

import java.util.List;

/**
 * A response to write exactly: the status line's code and reason, these headers and no others
 * (the web server adds only {@code Date}), then the body bytes ({@code Content-Length} is among
 * the headers).
 */
public record HttpResponseDto(int status, String reason, List<HeaderDto> headers, byte[] body) {
  public HttpResponseDto {
    headers = List.copyOf(headers);
  }
}
