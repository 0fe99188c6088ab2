package umbra.handler.storage.codec;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import umbra.domain.canvas.CronInterval;
import umbra.domain.canvas.HandlerSpec;

/** Stored form of a handler spec, format 1. Tags and field names are the format: never rename them. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "case")
@JsonSubTypes({
    @JsonSubTypes.Type(value = HandlerSpecV1.Http.class, name = "HTTP"),
    @JsonSubTypes.Type(value = HandlerSpecV1.HttpBasic.class, name = "HTTPBasic"),
    @JsonSubTypes.Type(value = HandlerSpecV1.Worker.class, name = "Worker"),
    @JsonSubTypes.Type(value = HandlerSpecV1.OldWorker.class, name = "OldWorker"),
    @JsonSubTypes.Type(value = HandlerSpecV1.Cron.class, name = "Cron"),
    @JsonSubTypes.Type(value = HandlerSpecV1.Repl.class, name = "REPL"),
    @JsonSubTypes.Type(value = HandlerSpecV1.UnknownHandler.class, name = "UnknownHandler")})
sealed interface HandlerSpecV1 {
  record Ids(long moduleId, long nameId, long modifierId) {}

  record Http(String route, String method, Ids ids) implements HandlerSpecV1 {}

  record HttpBasic(String route, String method, Ids ids) implements HandlerSpecV1 {}

  record Worker(String name, Ids ids) implements HandlerSpecV1 {}

  record OldWorker(String module, String name, Ids ids) implements HandlerSpecV1 {}

  /** {@code interval} is the interval's display text ("Every 12hrs"), null while unset. */
  record Cron(String name, String interval, Ids ids) implements HandlerSpecV1 {}

  record Repl(String name, Ids ids) implements HandlerSpecV1 {}

  record UnknownHandler(String name, String modifier, Ids ids) implements HandlerSpecV1 {}

  static HandlerSpecV1 of(HandlerSpec spec) {
    var i = spec.ids();
    var ids = new Ids(i.moduleId(), i.nameId(), i.modifierId());
    return switch (spec) {
      case HandlerSpec.Http s -> new Http(s.route(), s.method(), ids);
      case HandlerSpec.HttpBasic s -> new HttpBasic(s.route(), s.method(), ids);
      case HandlerSpec.Worker s -> new Worker(s.name(), ids);
      case HandlerSpec.OldWorker s -> new OldWorker(s.module(), s.name(), ids);
      case HandlerSpec.Cron s -> new Cron(s.name(), s.interval().map(CronInterval::text).orElse(null), ids);
      case HandlerSpec.Repl s -> new Repl(s.name(), ids);
      case HandlerSpec.UnknownHandler s -> new UnknownHandler(s.name(), s.modifier(), ids);
    };
  }

  Ids ids();

  default HandlerSpec toDomain() {
    var ids = new HandlerSpec.Ids(ids().moduleId(), ids().nameId(), ids().modifierId());
    return switch (this) {
      case Http s -> new HandlerSpec.Http(s.route(), s.method(), ids);
      case HttpBasic s -> new HandlerSpec.HttpBasic(s.route(), s.method(), ids);
      case Worker s -> new HandlerSpec.Worker(s.name(), ids);
      case OldWorker s -> new HandlerSpec.OldWorker(s.module(), s.name(), ids);
      case Cron s -> new HandlerSpec.Cron(s.name(), s.interval() == null ? java.util.Optional.empty()
          : java.util.Optional.of(CronInterval.parse(s.interval())
              .orElseThrow(() -> new CodecException("unknown cron interval '" + s.interval() + "'"))), ids);
      case Repl s -> new HandlerSpec.Repl(s.name(), ids);
      case UnknownHandler s -> new HandlerSpec.UnknownHandler(s.name(), s.modifier(), ids);
    };
  }
}
