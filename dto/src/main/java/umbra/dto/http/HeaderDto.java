package umbra.dto.http;

/** One header line as sent or received. */
public record HeaderDto(String name, String value) {}
