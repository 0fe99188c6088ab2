# Writes app/src/main/resources/umbra/api/openapi.json (the editor API description):
#   python3 tools/openapi.py > app/src/main/resources/umbra/api/openapi.json
# app/src/test/java/umbra/app/api/OpenApiTest.java fails when it and the routes or wire records disagree.
import json
I64 = {"type": "integer", "format": "int64", "description": "64-bit; written as a string beyond ±2^53, accepted either way"}
I32 = {"type": "integer", "format": "int32"}
BOOL = {"type": "boolean"}
STR = {"type": "string"}
NSTR = {"type": ["string", "null"]}
def ref(n): return {"$ref": "#/components/schemas/" + n}
def arr(s): return {"type": "array", "items": s}
def obj(fields, desc=None, tag=None):
    props = {}
    req = []
    if tag:
        props[tag[0]] = {"const": tag[1]}
        req.append(tag[0])
    for f, s in fields:
        props[f] = s
        req.append(f)
    o = {"type": "object", "properties": props, "required": req, "additionalProperties": False}
    if desc: o["description"] = desc
    return o

schemas = {}
def union(name, prop, cases, desc):
    names = []
    for tag, fields in cases:
        sn = name + "." + tag
        schemas[sn] = obj(fields, tag=(prop, tag))
        names.append(sn)
    schemas[name] = {"description": desc, "oneOf": [ref(n) for n in names],
                     "discriminator": {"propertyName": prop, "mapping": {t: "#/components/schemas/" + name + "." + t for t, _ in cases}}}

E = ref("Expr"); P = ref("Pattern")
union("Expr", "expr", [
  ("EInteger", [("id", I64), ("value", I64)]),
  ("EBool", [("id", I64), ("value", BOOL)]),
  ("EString", [("id", I64), ("value", STR)]),
  ("ECharacter", [("id", I64), ("value", STR)]),
  ("EFloat", [("id", I64), ("negative", BOOL), ("whole", STR), ("fraction", STR)]),
  ("ENull", [("id", I64)]),
  ("EBlank", [("id", I64)]),
  ("ELet", [("id", I64), ("name", STR), ("rhs", E), ("body", E)]),
  ("EIf", [("id", I64), ("cond", E), ("thenExpr", E), ("elseExpr", E)]),
  ("EBinOp", [("id", I64), ("op", ref("FnName")), ("left", E), ("right", E), ("rail", BOOL)]),
  ("ELambda", [("id", I64), ("params", arr(obj([("id", I64), ("name", STR)]))), ("body", E)]),
  ("EFieldAccess", [("id", I64), ("record", E), ("field", STR)]),
  ("EVariable", [("id", I64), ("name", STR)]),
  ("EFnCall", [("id", I64), ("name", ref("FnName")), ("args", arr(E)), ("rail", BOOL)]),
  ("EPartial", [("id", I64), ("kind", {"enum": ["Partial", "RightPartial", "LeftPartial"]}), ("text", STR), ("old", E)]),
  ("EList", [("id", I64), ("items", arr(E))]),
  ("ETuple", [("id", I64), ("first", E), ("second", E), ("rest", arr(E))]),
  ("ERecord", [("id", I64), ("fields", arr(obj([("name", STR), ("value", E)])))]),
  ("EPipe", [("id", I64), ("first", E), ("steps", arr(E))]),
  ("EConstructor", [("id", I64), ("name", STR), ("args", arr(E))]),
  ("EMatch", [("id", I64), ("scrutinee", E), ("cases", arr(obj([("pattern", P), ("body", E)])))]),
  ("EPipeTarget", [("id", I64)]),
  ("EFeatureFlag", [("id", I64), ("name", STR), ("cond", E), ("oldExpr", E), ("newExpr", E)]),
], "A Dark expression with its editor ids (language.md A.3), tagged by 'expr'.")
union("Pattern", "pattern", [
  ("MPVariable", [("id", I64), ("name", STR)]),
  ("MPConstructor", [("id", I64), ("name", STR), ("args", arr(P))]),
  ("MPInteger", [("id", I64), ("value", I64)]),
  ("MPBool", [("id", I64), ("value", BOOL)]),
  ("MPCharacter", [("id", I64), ("value", STR)]),
  ("MPString", [("id", I64), ("value", STR)]),
  ("MPFloat", [("id", I64), ("negative", BOOL), ("whole", STR), ("fraction", STR)]),
  ("MPNull", [("id", I64)]),
  ("MPBlank", [("id", I64)]),
  ("MPTuple", [("id", I64), ("first", P), ("second", P), ("rest", arr(P))]),
], "A match pattern (language.md A.5), tagged by 'pattern'.")
union("FnName", "fn", [
  ("Stdlib", [("module", STR), ("function", STR), ("version", I32)]),
  ("User", [("name", STR)]),
  ("Package", [("owner", STR), ("pkg", STR), ("module", STR), ("function", STR), ("version", I32)]),
], "A called function's name, tagged by 'fn'.")
IDS = obj([("moduleId", I64), ("nameId", I64), ("modifierId", I64)], "Editor ids of the handler header's blanks.")
schemas["HandlerSpecIds"] = IDS
SI = ref("HandlerSpecIds")
union("HandlerSpec", "type", [
  ("HTTP", [("route", STR), ("method", STR), ("ids", SI)]),
  ("HTTPBasic", [("route", STR), ("method", STR), ("ids", SI)]),
  ("Worker", [("name", STR), ("ids", SI)]),
  ("OldWorker", [("module", STR), ("name", STR), ("ids", SI)]),
  ("Cron", [("name", STR), ("interval", {"type": ["string", "null"], "enum": ["Daily", "Weekly", "Fortnightly", "Every 1hr", "Every 12hrs", "Every 1min", None]}), ("ids", SI)]),
  ("REPL", [("name", STR), ("ids", SI)]),
  ("Unknown", [("name", STR), ("modifier", STR), ("ids", SI)]),
], "What triggers a handler (backend.md 4.1), tagged by 'type'.")
schemas["Position"] = obj([("x", I32), ("y", I32)], "Canvas pixels.")
POS = ref("Position")
TYPE = {"type": "string", "description": "A type in the canvas text notation: Int, List<Str>, Result<Int, Str>, 'a, {a: Int}, Person@1"}
NTYPE = dict(TYPE); NTYPE["type"] = ["string", "null"]
union("Toplevel", "kind", [
  ("handler", [("tlid", I64), ("pos", POS), ("spec", ref("HandlerSpec")), ("ast", E)]),
  ("db", [("tlid", I64), ("pos", POS), ("name", STR), ("nameId", I64), ("version", I32),
          ("columns", arr(obj([("name", NSTR), ("type", NTYPE), ("nameId", I64), ("typeId", I64)])))]),
  ("function", [("tlid", I64), ("name", STR), ("nameId", I64),
                ("parameters", arr(obj([("name", STR), ("nameId", I64), ("type", NTYPE), ("typeId", I64), ("description", STR)]))),
                ("returnType", TYPE), ("returnTypeId", I64), ("description", STR), ("infix", BOOL), ("body", E)]),
  ("type", [("tlid", I64), ("name", STR), ("nameId", I64), ("version", I32),
            ("fields", arr(obj([("name", STR), ("type", NTYPE), ("nameId", I64), ("typeId", I64)])))]),
], "A toplevel of a canvas (backend.md 4.1), tagged by 'kind'. null is a blank the user has not filled.")
HANDLER = ref("Toplevel.handler")
union("Op", "op", [
  ("SetHandler", [("tlid", I64), ("pos", POS), ("handler", HANDLER)]),
  ("CreateDB", [("tlid", I64), ("pos", POS), ("name", STR)]),
  ("AddDBCol", [("tlid", I64), ("colNameId", I64), ("colTypeId", I64)]),
  ("SetDBColName", [("tlid", I64), ("colNameId", I64), ("name", STR)]),
  ("SetDBColType", [("tlid", I64), ("colTypeId", I64), ("type", STR)]),
  ("DeleteTL", [("tlid", I64)]),
  ("MoveTL", [("tlid", I64), ("pos", POS)]),
  ("SetFunction", [("fn", ref("Toplevel.function"))]),
  ("ChangeDBColName", [("tlid", I64), ("colNameId", I64), ("name", STR)]),
  ("ChangeDBColType", [("tlid", I64), ("colTypeId", I64), ("type", STR)]),
  ("UndoTL", [("tlid", I64)]),
  ("RedoTL", [("tlid", I64)]),
  ("SetExpr", [("tlid", I64), ("id", I64), ("expr", E)]),
  ("TLSavepoint", [("tlid", I64)]),
  ("DeleteFunction", [("tlid", I64)]),
  ("DeleteDBCol", [("tlid", I64), ("id", I64)]),
  ("RenameDBname", [("tlid", I64), ("name", STR)]),
  ("CreateDBWithBlankOr", [("tlid", I64), ("pos", POS), ("nameId", I64), ("name", STR)]),
  ("SetType", [("type", ref("Toplevel.type"))]),
  ("DeleteType", [("tlid", I64)]),
], "An edit of one toplevel (backend.md 4.2), tagged by 'op'.")
TL = ref("Toplevel")
schemas["Error"] = obj([("error", obj([("code", {"type": "string", "description": "stable: bad_request, unauthorized, forbidden, not_found, conflict, rejected, payload_too_large, method_not_allowed, unavailable, internal"}), ("message", STR)]))], "The body of every error.")
schemas["TraceStats"] = obj([("queued", I64), ("written", I64), ("shed", I64), ("dropped", I64), ("failed", I64)],
    "traces of the canvas server since start: waiting, written, shed by a handler's trace budget, dropped by a full queue, lost to a failed write")
schemas["Health"] = obj([("status", {"enum": ["ok", "degraded"], "description": "degraded when a background thread is not doing its work (the trace writer not writing, a listener reconnecting, a loop restarting after a failure)"}),
  ("reason", {"type": ["string", "null"], "description": "why it is degraded: each component that is not running, with its last error; null when ok"}),
  ("database", {"const": "reachable"}), ("traces", ref("TraceStats")),
  ("components", {"type": "array", "items": ref("HealthComponent"), "description": "every supervised background thread of this process"})])
schemas["HealthComponent"] = obj([("name", {"type": "string", "description": "the thread's name, e.g. umbra-trace-writer, umbra-canvas-changes, umbra-queue-0, umbra-cron"}),
  ("state", {"enum": ["running", "restarting", "dead", "stopped"], "description": "restarting: it failed and is backing off, or (the trace writer) traces wait and none were written lately"}),
  ("restarts", I64), ("lastError", {"type": ["string", "null"], "description": "its newest failure while it is not running"})])
schemas["Reference"] = obj([("functions", arr(obj([("name", {"type": "string", "examples": ["Int::add_v1"]}), ("module", {"type": "string", "description": "empty for toString and the other one-word functions"}),
    ("function", STR), ("version", I32), ("written", {"type": "string", "description": "how code calls it", "examples": ["Int.add_v1"]}),
    ("params", arr(obj([("name", STR), ("type", STR)]))), ("returnType", STR), ("purity", {"enum": ["pure", "impure", "impure, previewable"]}),
    ("deprecation", {"type": ["string", "null"], "description": "why not to use it; null when current"}), ("description", STR)])))],
    "Every builtin function, by module, name and version; types in the canvas text's notation.")
schemas["CanvasList"] = obj([("canvases", arr(obj([("name", STR), ("owner", STR), ("permission", {"enum": ["read", "read-write"]}), ("createdAt", {"type": "string", "format": "date-time"})])))])
schemas["Canvas"] = obj([("name", STR), ("permission", {"enum": ["read", "read-write"]}), ("createdAt", {"type": "string", "format": "date-time"}),
  ("toplevels", arr(TL)), ("deletedToplevels", arr(TL)), ("secrets", arr(STR)),
  ("opCounters", arr(obj([("clientId", {"type": "string", "format": "uuid"}), ("counter", I64)]))),
  ("version", dict(I64, description="how many requests have changed the canvas's toplevels; send it as an ops request's expectedVersion"))],
  "The editor's initial load: every toplevel (deleted ones apart), the caller's permission, secret names, op counters, the canvas's version.")
schemas["AddOpsRequest"] = obj([("ops", arr(ref("Op"))),
  ("opCtr", {"type": ["integer", "null"], "format": "int64", "description": "grows with each request of a client; null for a one-off request"}),
  ("clientId", {"type": ["string", "null"], "format": "uuid", "description": "one id per editor tab; null for a one-off request (then opCtr is null too)"}),
  ("expectedVersion", {"type": ["integer", "null"], "format": "int64", "description": "the canvas version the ops were made on (from the canvas load or the previous ops answer); "
   "if the canvas has changed since, nothing is applied and the answer is 409. null: applied whatever the version"})])
schemas["Warning"] = obj([("tlid", I64), ("exprId", I64), ("message", STR)],
  "Something that will go wrong when the code runs (an unknown function, an unbound variable, an undeclared datastore or worker, "
  "two handlers on one method and route); exprId is the expression it is about (for a shared route: the handler's route id).")
schemas["Toplevels"] = obj([("toplevels", arr(TL)), ("deletedToplevels", arr(TL)), ("warnings", arr(ref("Warning"))),
  ("version", dict(I64, description="the canvas's version after these ops: the next request's expectedVersion"))],
  "The toplevels a request touched, as they are now, warnings about the whole canvas after the ops (applied all the same), the canvas's version.")
SECRET_NAME = {"type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]{0,254}$"}
schemas["SecretRequest"] = obj([("name", SECRET_NAME), ("value", STR)])
schemas["SecretValueRequest"] = obj([("value", STR)], "The secret's value; it never comes out of the API.")
DT = {"type": "string", "format": "date-time"}
UUIDS = {"type": "string", "format": "uuid"}
schemas["Value"] = obj([("repr", STR), ("json", {"type": "string", "description": "the value in the trace format (backend.md 3.3)"})], "A value as the editor shows it, and in the trace format.")
schemas["TraceList"] = obj([("traces", arr(obj([("tlid", I64), ("traceId", UUIDS)])))], "The newest traces, at most ten per toplevel; a handler without traffic has its default trace.")
schemas["TraceData"] = obj([("traceId", UUIDS), ("input", arr(obj([("name", STR), ("value", ref("Value"))]))), ("timestamp", DT),
  ("functionResults", arr(obj([("fnName", STR), ("callId", I64), ("hash", STR), ("hashVersion", I32), ("value", ref("Value")), ("timestamp", DT),
                               ("durationMicros", {"type": "integer", "format": "int64", "description": "how long the call took; 0 when unmeasured"})]))),
  ("outcome", {"oneOf": [ref("Outcome"), {"type": "null"}], "description": "how a handler's execution ended; null for functions, 404s, sample inputs and older traces"})],
  "A trace's inputs (request and route variables, or a function's arguments), the results of its non-pure calls, and how it ended.")
NI64 = {"oneOf": [I64, {"type": "null"}]}
schemas["Outcome"] = obj([("status", {"type": "integer", "format": "int32", "description": "the response status; 0 for workers, crons and REPLs"}),
    ("error", {"type": ["string", "null"], "description": "the Dark error the execution ended with"}),
    ("errorTlid", NI64), ("errorExprId", {"oneOf": [I64, {"type": "null"}], "description": "the expression where the error arose (its live value is the error)"}),
    ("durationMicros", I64)], "How an execution ended, and how long it took.")
ONE_BASED = {"type": "integer", "format": "int32", "minimum": 1}
schemas["ExprAt"] = obj([("id", {"type": "string", "pattern": "^[0-9]+$", "description": "the expression id (a string, as live values' keys)"}),
  ("line", ONE_BASED), ("column", dict(ONE_BASED, description="UTF-16 units from the line's start, 1-based"))], "Where an expression's first token is written (an operator's node: the operator).")
schemas["Source"] = obj([("tlid", I64), ("text", {"type": "string", "description": "the toplevel's section of the canvas text, header line first, as umbra pull prints it"}),
  ("positions", arr(ref("ExprAt"))), ("lineExprs", dict(arr(ref("ExprAt")), description="per line, the expression whose value the editor shows at its end")),
  ("calls", arr(obj([("id", STR), ("fnName", {"type": "string", "description": "Module::fn_vN, or a function of the canvas: what .../execute takes"}),
    ("args", arr(STR))], "A call the editor may play with its arguments' live values (calls in pipe steps are left out)."))),
  ("version", dict(I64, description="the canvas's version when read: send it back as expectedVersion"))], "A toplevel as the editor's text, with its expressions placed on it.")
schemas["SourceRequest"] = obj([("text", {"type": "string", "description": "one section of the canvas text"}), ("expectedVersion", NI64)],
  "A toplevel's new text, saved as ops (a savepoint first, so an undo reverts the save); with expectedVersion, refused with 409 if the canvas changed since.")
schemas["Saved"] = obj([("error", {"oneOf": [obj([("line", ONE_BASED), ("column", ONE_BASED), ("message", STR)]), {"type": "null"}], "description": "why the text is not one section; nothing was saved"}),
  ("source", {"oneOf": [ref("Source"), {"type": "null"}], "description": "the toplevel as saved, in the canonical form"}),
  ("warnings", arr(obj([("line", ONE_BASED), ("column", ONE_BASED), ("message", STR)])))], "A save's answer: the text's error, or the saved toplevel and the warnings about it.")
schemas["ReplayRequest"] = obj([("traceId", UUIDS)], "Which stored trace's input to run the handler's current code with.")
schemas["PlayRequest"] = obj([("traceId", UUIDS), ("fnName", {"type": "string", "description": "Module::fn_vN, or a function of the canvas"}),
    ("callerId", I64), ("args", arr({"type": "string", "description": "a value in the trace format (a Value's json)"}))],
    "Call one function for real, as the call at expression callerId of the toplevel; the trace keeps the result there.")
schemas["CheckRequest"] = obj([("ops", arr(ref("Op")))], "The ops an edit would send to .../ops; nothing is changed.")
schemas["CheckResult"] = obj([("verdicts", arr(obj([("tlid", I64), ("traceId", UUIDS), ("verdict", {"enum": ["same", "differs", "undecided"]}),
    ("before", {"type": "string", "description": "the response (status, content type, body) on the current code"}),
    ("after", {"type": "string", "description": "the response on the edited code"}),
    ("reason", {"type": "string", "description": "why undecided: the impure call the trace has no result for"})]))),
    ("same", I32), ("differs", I32), ("undecided", I32)],
    "The newest traces (five per handler) of each handler the ops change, directly or through a function, replayed on the code before and after; impure calls answered from the traces.")
schemas["Executed"] = obj([("traceId", UUIDS), ("result", ref("Value")),
    ("response", {"oneOf": [obj([("status", I32), ("body", STR)]), {"type": "null"}], "description": "the response an HTTP handler's result became"}),
    ("outcome", ref("Outcome")),
    ("before", {"oneOf": [ref("Outcome"), {"type": "null"}], "description": "a replay: how the trace had ended before it, to compare"})],
    "What ran for real: its result, and how it ended; the trace keeps its results.")
schemas["DatastoreList"] = obj([("datastores", arr(obj([("tlid", I64), ("name", STR),
    ("columns", arr(obj([("name", STR), ("type", STR)]))), ("count", I64),
    ("locked", {"type": "boolean", "description": "has rows: its columns cannot change (schema ops are refused with 422)"}),
    ("example", {"oneOf": [obj([("key", STR), ("value", ref("Value"))]), {"type": "null"}],
                 "description": "the most recently created row, or null when empty"})])))],
    "Every live datastore of the canvas: columns (with a name and a type), row count, lock, newest row.")
schemas["WorkerList"] = obj([("workers", arr(obj([("tlid", I64), ("module", {"type": "string", "description": "WORKER, CRON, or an old worker's module"}),
    ("name", STR), ("modifier", STR), ("state", {"enum": ["run", "pause", "block"]}),
    ("queued", I64), ("dead", I64)])))], "The canvas's live workers and crons: state, events waiting (or running), dead letters.")
schemas["ScheduleRequest"] = obj([("schedule", {"enum": ["pause", "run"]})], "Pause a worker or cron (its events stay queued), or let it run.")
schemas["Worker"] = obj([("tlid", I64), ("module", STR), ("name", STR), ("modifier", STR), ("state", {"enum": ["run", "pause", "block"]}),
    ("queued", I64), ("dead", I64)], "A worker or cron after the change.")
schemas["DeadLetterList"] = obj([("deadLetters", arr(obj([("id", I64), ("value", {"type": "string", "description": "the event in the trace format (backend.md 3.3)"}),
    ("enqueuedAt", DT), ("attempts", I32), ("lastError", STR), ("deadAt", DT)])))],
    "Events that failed their last attempt, oldest first, with the last error.")
schemas["Requeued"] = obj([("requeued", I32)], "How many dead letters went back on the queue, as fresh events.")
schemas["AnalysisRequest"] = obj([("traceId", UUIDS)], "Which stored trace to run the toplevel's code against.")
schemas["Analysis"] = obj([("traceId", UUIDS), ("result", ref("Value")),
    ("liveValues", {"type": "object", "additionalProperties": ref("Value"),
                    "description": "expression id (unsigned, as a string) to the value it had; an expression on a branch not taken has none"}),
    ("notExecuted", arr({"type": "string", "description": "an expression id (unsigned)"}))],
    "Live values: the toplevel's code run with the trace's input, every non-pure call answered from the trace's results (a call it has no result for is incomplete); nothing is performed. Secrets show only to callers who may change the canvas.")
schemas["UnlockedList"] = obj([("unlockedDBs", arr(I64))], "The live datastores without rows: their schema may still change.")
schemas["NotFoundList"] = obj([("notFounds", arr(obj([("module", STR), ("path", STR), ("modifier", STR), ("timestamp", DT), ("traceId", UUIDS)])))],
  "Requests no handler matched in the last 7 days, newest per path.")
schemas["Deleted"] = obj([("deleted", I32)])
schemas["SecretNames"] = obj([("secrets", arr(STR))], "Names only, newest first: the API never sends a secret's value.")
ORIGINS = {"oneOf": [{"const": "*", "description": "every origin"},
    {"type": "array", "minItems": 1, "items": {"type": "string", "description": "scheme://host[:port], lowercase, no path, as browsers send Origin", "examples": ["https://example.com"]}}]}
RULE = {"type": "string", "pattern": "^(sample-none|sample-all|sample-all-with-telemetry|sample-one-in-[1-9][0-9]*)$"}
schemas["Settings"] = obj([("cors", {"oneOf": [ORIGINS, {"type": "null"}],
      "description": "null: no setting (http://localhost:3000, :5000 and :8000 are echoed, every other origin gets *); \"*\": every origin; a list: exactly these origins (backend.md 1.7)"}),
    ("customDomains", arr({"type": "string", "description": "a host that names this canvas (backend.md 1.3)"})),
    ("sampling", obj([("defaultRule", RULE), ("handlers", arr(obj([("tlid", I64), ("module", {"enum": ["HTTP", "HTTP_BASIC"]}), ("name", STR), ("modifier", STR), ("rule", RULE)])))],
      "Which requests are kept as traces (backend.md 3.5): the server's default, and the live HTTP handlers with their own rule. Every worker and cron run is traced."))],
    "A canvas's settings that are not code.")
schemas["CorsRequest"] = obj([("origins", ORIGINS)], "Which origins the canvas's HTTP handlers allow.")
schemas["DomainRequest"] = obj([("host", {"type": "string", "description": "a lowercase host name outside Umbra's own domains", "examples": ["api.example.com"]})])
schemas["SamplingRequest"] = obj([("rule", RULE)], "The handler's own sampling rule.")

def resp(code, desc, schema=None):
    r = {"description": desc}
    if schema: r["content"] = {"application/json": {"schema": schema}}
    return (str(code), r)
ERR = ref("Error")
def errors(*codes):
    texts = {400: "malformed JSON or an invalid value", 401: "no or an unknown bearer token", 403: "not allowed on this canvas",
             404: "no such canvas (or resource)", 409: "conflict", 413: "body too large", 422: "the canvas rules refuse the ops",
             500: "a bug; details are in the server's log", 503: "the database does not answer"}
    return [resp(c, texts[c], ERR) for c in codes]
CANVAS = {"name": "canvas", "in": "path", "required": True, "schema": {"type": "string"}, "description": "canvas name: owner or owner-rest"}
SEC = [{"bearer": []}]
TLID = {"name": "tlid", "in": "path", "required": True, "schema": {"type": "string", "pattern": "^[0-9]+$"}, "description": "toplevel id (unsigned 64-bit)"}
def op(summary, opid, responses, params=(), body=None, security=True):
    o = {"summary": summary, "operationId": opid}
    if params: o["parameters"] = list(params)
    if body: o["requestBody"] = {"required": True, "content": {"application/json": {"schema": body}}}
    o["responses"] = dict(responses)
    if not security: o["security"] = []
    return o
common = [401, 500, 503]
paths = {
 "/api/openapi.json": {"get": op("This document", "openApi", [resp(200, "OpenAPI 3.1 document")], security=False)},
 "/api/v1/health": {"get": op("Whether the server and its database answer", "health", [resp(200, "healthy", ref("Health"))] + errors(500, 503), security=False)},
 "/docs": {"get": op("The builtin functions' reference as an HTML page with a search box (?q=WORD starts with a search)", "docsPage", [("200", {"description": "HTML page", "content": {"text/html": {"schema": STR}}})], security=False)},
 "/docs.json": {"get": op("The builtin functions' reference, as umbra docs lists them", "docs", [resp(200, "every builtin", ref("Reference"))], security=False)},
 "/api/v1/canvases": {"get": op("The caller's canvases: owned and granted", "listCanvases", [resp(200, "sorted by name", ref("CanvasList"))] + errors(*common))},
 "/api/v1/canvases/{canvas}": {"get": op("Initial load of a canvas (created on first use)", "loadCanvas", [resp(200, "the canvas", ref("Canvas"))] + errors(401, 403, 404, 500, 503), [CANVAS])},
 "/api/v1/canvases/{canvas}/ops": {"post": op("Add ops (backend.md 5.4 add_op)", "addOps", [resp(200, "the touched toplevels and the canvas's warnings", ref("Toplevels"))] + errors(400, 401, 403, 404, 409, 413, 422, 500, 503), [CANVAS], ref("AddOpsRequest"))},
 "/api/v1/canvases/{canvas}/toplevels/{tlid}": {"delete": op("Delete a deleted toplevel forever, with its history", "deleteToplevelForever", [resp(204, "deleted forever")] + errors(400, 401, 403, 404, 500, 503),
    [CANVAS, {"name": "tlid", "in": "path", "required": True, "schema": {"type": "string", "pattern": "^-?[0-9]+$"}}])},
 "/api/v1/canvases/{canvas}/secrets": {
    "get": op("Names of the canvas's secrets", "listSecrets", [resp(200, "names, newest first", ref("SecretNames"))] + errors(401, 403, 404, 500, 503), [CANVAS]),
    "post": op("Add a secret", "insertSecret", [resp(201, "names, newest first", ref("SecretNames"))] + errors(400, 401, 403, 404, 409, 413, 500, 503), [CANVAS], ref("SecretRequest"))},
 "/api/v1/canvases/{canvas}/traces": {"get": op("The newest traces of every toplevel", "listTraces", [resp(200, "trace ids by toplevel", ref("TraceList"))] + errors(401, 403, 404, 500, 503), [CANVAS])},
 "/api/v1/canvases/{canvas}/toplevels/{tlid}/traces": {"get": op("The newest traces of one toplevel", "listToplevelTraces", [resp(200, "trace ids", ref("TraceList"))] + errors(400, 401, 403, 404, 500, 503), [CANVAS, TLID])},
 "/api/v1/canvases/{canvas}/toplevels/{tlid}/traces/{traceId}": {"get": op("One trace: inputs and function results", "traceData", [resp(200, "the trace", ref("TraceData"))] + errors(400, 401, 403, 404, 500, 503),
    [CANVAS, TLID, {"name": "traceId", "in": "path", "required": True, "schema": UUIDS}])},
 "/api/v1/canvases/{canvas}/datastores": {"get": op("Datastores with their row counts and newest rows", "datastoreStats",
    [resp(200, "every live datastore", ref("DatastoreList"))] + errors(401, 403, 404, 500, 503), [CANVAS])},
 "/api/v1/canvases/{canvas}/datastores/unlocked": {"get": op("Datastores whose schema may change", "unlockedDatastores",
    [resp(200, "tlids of the live datastores without rows", ref("UnlockedList"))] + errors(401, 403, 404, 500, 503), [CANVAS])},
 "/api/v1/canvases/{canvas}/workers": {"get": op("Workers and crons with their queues", "listWorkers",
    [resp(200, "every live worker and cron", ref("WorkerList"))] + errors(401, 403, 404, 500, 503), [CANVAS])},
 "/api/v1/canvases/{canvas}/toplevels/{tlid}/schedule": {"post": op("Pause or run a worker or cron", "scheduleWorker",
    [resp(200, "the worker now", ref("Worker"))] + errors(400, 401, 403, 404, 500, 503), [CANVAS, TLID], body=ref("ScheduleRequest"))},
 "/api/v1/canvases/{canvas}/toplevels/{tlid}/dead-letters": {"get": op("A worker's dead letters", "listDeadLetters",
    [resp(200, "oldest first", ref("DeadLetterList"))] + errors(400, 401, 403, 404, 500, 503), [CANVAS, TLID])},
 "/api/v1/canvases/{canvas}/toplevels/{tlid}/dead-letters/requeue": {"post": op("Put a worker's dead letters back on its queue", "requeueDeadLetters",
    [resp(200, "how many", ref("Requeued"))] + errors(400, 401, 403, 404, 500, 503), [CANVAS, TLID])},
 "/": {"get": op("The editor: an HTML page (a static bundle that talks only to this API); without the bundle (a build with -Dskip.web), a page saying it was not built", "editorPage",
    [("200", {"description": "HTML page", "content": {"text/html": {"schema": STR}}})], security=False)},
 "/editor/{asset}": {"get": op("The editor's script and style sheet", "editorAsset", [("200", {"description": "editor.js or editor.css"}), resp(404, "not a file of the editor", ERR)],
    [{"name": "asset", "in": "path", "required": True, "schema": {"enum": ["editor.js", "editor.css"]}}], security=False)},
 "/api/v1/canvases/{canvas}/toplevels": {"post": op("Add a toplevel from its section of the canvas text", "addToplevel",
    [resp(200, "the new toplevel's text, or why the text is not one section (nothing added)", ref("Saved"))] + errors(400, 401, 403, 404, 409, 413, 422, 500, 503), [CANVAS], ref("SourceRequest"))},
 "/api/v1/canvases/{canvas}/toplevels/{tlid}/source": {
    "get": op("A toplevel as the editor's text, with where each expression is written", "toplevelSource",
      [resp(200, "its section of the canvas text", ref("Source"))] + errors(400, 401, 403, 404, 500, 503), [CANVAS, TLID]),
    "put": op("Save a toplevel's text: the ops that bring it to the section's state, live at once", "saveToplevelSource",
      [resp(200, "the saved text, or why the text is not one section of this toplevel's kind (nothing saved)", ref("Saved"))] + errors(400, 401, 403, 404, 409, 413, 422, 500, 503),
      [CANVAS, TLID], ref("SourceRequest"))},
 "/api/v1/canvases/{canvas}/toplevels/{tlid}/analysis": {"post": op("Live values of a handler or function for a trace", "analyzeTrace",
    [resp(200, "the result and the value of every expression that ran", ref("Analysis"))] + errors(400, 401, 403, 404, 500, 503), [CANVAS, TLID], body=ref("AnalysisRequest"))},
 "/api/v1/canvases/{canvas}/toplevels/{tlid}/replay": {"post": op("Replay: run a handler, worker, cron or REPL on its current code with a trace's input, for real", "replayTrace",
    [resp(200, "the result; the trace now holds this run's results and outcome", ref("Executed"))] + errors(400, 401, 403, 404, 500, 503), [CANVAS, TLID], body=ref("ReplayRequest"))},
 "/api/v1/canvases/{canvas}/toplevels/{tlid}/execute": {"post": op("Play: call one function for real and keep its result in a trace", "executeFunction",
    [resp(200, "the result; live values of the trace now show it", ref("Executed"))] + errors(400, 401, 403, 404, 500, 503), [CANVAS, TLID], body=ref("PlayRequest"))},
 "/api/v1/canvases/{canvas}/check": {"post": op("Replay the newest traces of what the ops change on the new code, changing nothing", "checkOps",
    [resp(200, "a verdict per replayed trace", ref("CheckResult"))] + errors(400, 401, 403, 404, 413, 422, 500, 503), [CANVAS], body=ref("CheckRequest"))},
 "/api/v1/canvases/{canvas}/events": {"get": op("The canvas's events as Server-Sent Events: trace, 404, ops, worker", "canvasEvents",
    [("200", {"description": "text/event-stream: each event named by its type, its data a small JSON object, its id its place in the feed "
              "(send it back as Last-Event-ID to resume; the feed keeps an hour). A heartbeat comment every 15 s. The token may come as the access_token query parameter. Without 'Accept: text/event-stream' the answer is a 406.",
              "content": {"text/event-stream": {"schema": {"type": "string"}}}}), resp(406, "the client did not ask for text/event-stream", ERR)] + errors(400, 401, 403, 404, 500, 503),
    [CANVAS, {"name": "Last-Event-ID", "in": "header", "required": False, "schema": {"type": "string", "pattern": "^[0-9]+$"}},
     {"name": "access_token", "in": "query", "required": False, "schema": {"type": "string"}}])},
 "/api/v1/canvases/{canvas}/404s": {
    "get": op("Requests no handler matched", "listNotFounds", [resp(200, "newest per path", ref("NotFoundList"))] + errors(401, 403, 404, 500, 503), [CANVAS]),
    "delete": op("Forget an unmatched request's traces", "deleteNotFound", [resp(200, "how many stored requests went", ref("Deleted"))] + errors(400, 401, 403, 404, 500, 503),
      [CANVAS] + [{"name": k, "in": "query", "required": True, "schema": STR} for k in ("module", "path", "modifier")])},
 "/api/v1/canvases/{canvas}/settings": {"get": op("A canvas's CORS origins, custom domains and sampling rules", "getSettings",
    [resp(200, "the settings", ref("Settings"))] + errors(401, 403, 404, 500, 503), [CANVAS])},
 "/api/v1/canvases/{canvas}/settings/cors": {
    "put": op("Set the origins the canvas's HTTP handlers allow", "setCors",
      [resp(200, "the settings now", ref("Settings"))] + errors(400, 401, 403, 404, 500, 503), [CANVAS], ref("CorsRequest")),
    "delete": op("Remove the CORS setting", "clearCors", [resp(200, "the settings now", ref("Settings"))] + errors(401, 403, 404, 500, 503), [CANVAS])},
 "/api/v1/canvases/{canvas}/settings/domains": {"post": op("Point a custom domain at the canvas", "addCustomDomain",
    [resp(201, "the settings now (also when the canvas had the domain already)", ref("Settings"))]
    + [resp(409, "another canvas has the domain", ERR)] + errors(400, 401, 403, 404, 500, 503), [CANVAS], ref("DomainRequest"))},
 "/api/v1/canvases/{canvas}/settings/domains/{host}": {"delete": op("Remove a custom domain of the canvas", "removeCustomDomain",
    [resp(200, "the settings now", ref("Settings"))] + errors(401, 403, 404, 500, 503),
    [CANVAS, {"name": "host", "in": "path", "required": True, "schema": STR}])},
 "/api/v1/canvases/{canvas}/toplevels/{tlid}/sampling": {
    "put": op("Set an HTTP handler's own sampling rule", "setSamplingRule",
      [resp(200, "the settings now", ref("Settings"))] + [resp(422, "the toplevel is a worker, cron or REPL: sampling rules apply to HTTP handlers only", ERR)]
      + errors(400, 401, 403, 404, 500, 503), [CANVAS, TLID], ref("SamplingRequest")),
    "delete": op("Give an HTTP handler the default sampling rule again", "clearSamplingRule",
      [resp(200, "the settings now", ref("Settings"))] + [resp(422, "the toplevel is not an HTTP handler", ERR)]
      + errors(400, 401, 403, 404, 500, 503), [CANVAS, TLID])},
 "/api/v1/canvases/{canvas}/secrets/{name}": {
    "put": op("Set a secret, replacing its value if the canvas has it (at once: code never runs without it)", "putSecret",
      [resp(200, "names, newest first", ref("SecretNames"))] + errors(400, 401, 403, 404, 413, 500, 503),
      [CANVAS, {"name": "name", "in": "path", "required": True, "schema": SECRET_NAME}], ref("SecretValueRequest")),
    "delete": op("Delete a secret", "deleteSecret", [resp(200, "names left, newest first", ref("SecretNames"))] + errors(401, 403, 404, 500, 503),
      [CANVAS, {"name": "name", "in": "path", "required": True, "schema": {"type": "string"}}])},
}
doc = {
 "openapi": "3.1.0",
 "info": {"title": "Umbra editor API", "version": "1",
   "description": "Canvases, their toplevels and ops, secrets, settings (CORS, custom domains, trace sampling), traces, datastores and background work. JSON conventions: every field is required; fields typed with null may be null; unknown fields are errors; instants are ISO-8601 UTC; 64-bit integers beyond ±2^53 are strings. Every error is {\"error\": {\"code\", \"message\"}}."},
 "servers": [{"url": "http://localhost:9000"}],
 "security": SEC,
 "paths": paths,
 "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "description": "an API token from ./umbra account create NAME"}},
                "schemas": dict(sorted(schemas.items()))},
}
print(json.dumps(doc, indent=2, ensure_ascii=False))
