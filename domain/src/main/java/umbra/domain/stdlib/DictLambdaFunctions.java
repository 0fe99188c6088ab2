package umbra.domain.stdlib;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import umbra.domain.eval.Step;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;

/**
 * The Dict builtins that call a lambda, once per entry in key order, through {@link Step}s.
 * Unlike their List counterparts, {@code map} and {@code foreach} store the lambda's results
 * as they are, fake or not. Each charges the dict it builds (the interpreter charges the calls).
 */
final class DictLambdaFunctions {
  private DictLambdaFunctions() {}

  private static final String KV = "dict: Dict<'a>, fn: Fn<(Str, 'a) -> ";

  static void register(Registry.Builder r) {
    r.fn("Dict::map_v0", KV + "'b> -> Dict<'b>", "The lambda applied to each (key, value); keys kept, results stored as they are.")
        .stepping((ctx, a) -> {
          SortedMap<String, Dval> fields = a.obj(0);
          a.meter().dict(fields.size());
          return Steps.mapAll(a.fn(1), DictFunctions.keyValueArgs(fields), rs -> Step.value(withValues(fields, rs)));
        });
    r.fn("Dict::foreach_v0", "dict: Dict<'a>, fn: Fn<('a) -> 'b> -> Dict<'b>", "The one-argument lambda applied to each value; keys kept.")
        .deprecated("ReplacedBy Dict::map_v0")
        .stepping((ctx, a) -> {
          SortedMap<String, Dval> fields = a.obj(0);
          a.meter().dict(fields.size());
          var args = Steps.singles(new ArrayList<>(fields.values()));
          return Steps.mapAll(a.fn(1), args, rs -> Step.value(withValues(fields, rs)));
        });
    r.fn("Dict::filter_v0", KV + "Bool> -> Dict<'a>", "The entries for which the lambda is true; a blank answer counts as false.")
        .deprecated("ReplacedBy Dict::filter_v1")
        .stepping((ctx, a) -> filter(a, PredicateAnswers.BLANK_IS_FALSE));
    r.fn("Dict::filter_v1", KV + "Bool> -> Dict<'b>", "The entries for which the lambda is true; a fake answer is returned.")
        .stepping((ctx, a) -> filter(a, PredicateAnswers.ANY_FAKE_STOPS));
    r.fn("Dict::filterMap_v0", KV + "Option<'b>> -> Dict<'b>", "key: v for each Just v the lambda returns; Nothing drops the entry.")
        .stepping((ctx, a) -> {
          SortedMap<String, Dval> fields = a.obj(0);
          a.meter().dict(fields.size());
          return Steps.eachUntil(a.fn(1), DictFunctions.keyValueArgs(fields),
              (i, answer) -> PredicateAnswers.stopForOption(answer),
              answers -> {
                var kept = new TreeMap<String, Dval>();
                int i = 0;
                for (String key : fields.keySet()) {
                  if (answers.get(i++) instanceof DJust j) kept.put(key, j.value());
                }
                return Step.value(new DObj(kept));
              });
        });
  }

  private static DObj withValues(SortedMap<String, Dval> fields, List<Dval> values) {
    var out = new TreeMap<String, Dval>();
    int i = 0;
    for (String key : fields.keySet()) out.put(key, values.get(i++));
    return new DObj(out);
  }

  private static Step filter(Args a, PredicateAnswers answers) {
    SortedMap<String, Dval> fields = a.obj(0);
    a.meter().dict(fields.size());
    return Steps.eachUntil(a.fn(1), DictFunctions.keyValueArgs(fields), (i, answer) -> answers.stopFor(answer),
        results -> {
          var kept = new TreeMap<String, Dval>();
          int i = 0;
          for (var entry : fields.entrySet()) {
            if (PredicateAnswers.isTrue(results.get(i++))) kept.put(entry.getKey(), entry.getValue());
          }
          return Step.value(new DObj(kept));
        });
  }
}
