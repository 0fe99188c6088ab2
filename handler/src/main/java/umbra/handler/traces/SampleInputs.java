package umbra.handler.traces;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import umbra.domain.canvas.HandlerSpec;
import umbra.domain.value.Dval;

/** What the editor shows for a handler that has no stored input yet (backend.md 3.7): incomplete placeholders. */
final class SampleInputs {
  private SampleInputs() {}

  static List<Map.Entry<String, Dval>> forHandler(HandlerSpec spec) {
    var input = new ArrayList<Map.Entry<String, Dval>>();
    switch (spec) {
      case HandlerSpec.Http http -> {
        input.add(Map.entry("request", incompleteObject("body", "jsonBody", "formBody", "queryParams", "headers",
            "fullBody", "url")));
        routeVariables(http.route()).forEach(v -> input.add(Map.entry(v, Dval.INCOMPLETE)));
      }
      case HandlerSpec.HttpBasic basic -> {
        input.add(Map.entry("request", incompleteObject("body", "headers", "url")));
        routeVariables(basic.route()).forEach(v -> input.add(Map.entry(v, Dval.INCOMPLETE)));
      }
      case HandlerSpec.Worker w -> input.add(Map.entry("event", Dval.INCOMPLETE));
      case HandlerSpec.OldWorker w -> input.add(Map.entry("event", Dval.INCOMPLETE));
      case HandlerSpec.Cron c -> { }
      case HandlerSpec.Repl r -> { }
      case HandlerSpec.UnknownHandler u -> { }
    }
    return input;
  }

  static List<String> routeVariables(String route) {
    return Arrays.stream(route.split("/")).filter(s -> s.startsWith(":")).map(s -> s.substring(1)).toList();
  }

  private static Dval incompleteObject(String... fields) {
    var map = new TreeMap<String, Dval>();
    for (String f : fields) map.put(f, Dval.INCOMPLETE);
    return new Dval.DObj(map);
  }
}
