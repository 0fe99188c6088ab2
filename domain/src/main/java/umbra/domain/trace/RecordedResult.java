package umbra.domain.trace;

import umbra.domain.value.Dval;

/**
 * A non-pure call's result kept with a trace (backend.md 3.2 {@code function_results_v3}).
 *
 * @param tlid the toplevel whose code made the call (the handler, or the user function running)
 * @param fnName the function's full name, {@code Module::fn} or {@code Module::fn_vN}
 * @param callSiteId the id of the call expression
 * @param hash the argument hash ({@link ArgumentHash})
 * @param hashVersion the hash's version, 1 for {@link ArgumentHash#v1}
 * @param durationMicros how long the call took (0 when nobody measured it)
 */
public record RecordedResult(long tlid, String fnName, long callSiteId, String hash, int hashVersion, Dval value,
    long durationMicros) {}
