package umbra.dto.api;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Optional;

/**
 * What triggers a handler (backend.md 4.1), tagged under {@code "type"}. {@code ids} are the
 * editor's ids of the header blanks, returned as they were sent.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = HandlerSpecDto.Http.class, name = "HTTP"),
    @JsonSubTypes.Type(value = HandlerSpecDto.HttpBasic.class, name = "HTTPBasic"),
    @JsonSubTypes.Type(value = HandlerSpecDto.Worker.class, name = "Worker"),
    @JsonSubTypes.Type(value = HandlerSpecDto.OldWorker.class, name = "OldWorker"),
    @JsonSubTypes.Type(value = HandlerSpecDto.Cron.class, name = "Cron"),
    @JsonSubTypes.Type(value = HandlerSpecDto.Repl.class, name = "REPL"),
    @JsonSubTypes.Type(value = HandlerSpecDto.Unknown.class, name = "Unknown")})
public sealed interface HandlerSpecDto {
  record Ids(long moduleId, long nameId, long modifierId) {}

  record Http(String route, String method, Ids ids) implements HandlerSpecDto {}

  record HttpBasic(String route, String method, Ids ids) implements HandlerSpecDto {}

  record Worker(String name, Ids ids) implements HandlerSpecDto {}

  record OldWorker(String module, String name, Ids ids) implements HandlerSpecDto {}

  /** {@code interval}: "Daily", "Weekly", "Fortnightly", "Every 1hr", "Every 12hrs", "Every 1min", or null. */
  record Cron(String name, Optional<String> interval, Ids ids) implements HandlerSpecDto {}

  record Repl(String name, Ids ids) implements HandlerSpecDto {}

  /** A handler whose kind was never chosen. */
  record Unknown(String name, String modifier, Ids ids) implements HandlerSpecDto {}
}
