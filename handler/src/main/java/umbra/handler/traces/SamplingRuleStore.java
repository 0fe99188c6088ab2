package umbra.handler.traces;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import umbra.domain.trace.SamplingRule;

/** The {@code trace_sampling_rules} table: a handler's own sampling rule (backend.md 3.5). */
public final class SamplingRuleStore {
  private final Handle h;

  public SamplingRuleStore(Handle h) { this.h = h; }

  public Map<Long, SamplingRule> rules(UUID canvasId) {
    var rules = new HashMap<Long, SamplingRule>();
    h.createQuery("SELECT tlid, rule FROM trace_sampling_rules WHERE canvas_id = :canvas").bind("canvas", canvasId)
        .map((rs, ctx) -> Map.entry(rs.getLong("tlid"), SamplingRule.parse(rs.getString("rule"))))
        .forEach(e -> rules.put(e.getKey(), e.getValue()));
    return rules;
  }

  public void set(UUID canvasId, long tlid, SamplingRule rule) {
    h.createUpdate("""
        INSERT INTO trace_sampling_rules (canvas_id, tlid, rule) VALUES (:canvas, :tlid, :rule)
        ON CONFLICT (canvas_id, tlid) DO UPDATE SET rule = EXCLUDED.rule, updated_at = now()""")
        .bind("canvas", canvasId).bind("tlid", tlid).bind("rule", rule.text()).execute();
  }

  public void clear(UUID canvasId, long tlid) {
    h.createUpdate("DELETE FROM trace_sampling_rules WHERE canvas_id = :canvas AND tlid = :tlid")
        .bind("canvas", canvasId).bind("tlid", tlid).execute();
  }
}
