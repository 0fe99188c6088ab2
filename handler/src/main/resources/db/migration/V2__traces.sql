-- Umbra schema, version 2: traces (backend.md 3.2) and the per-canvas settings the HTTP server
-- reads (CORS, 1.7; trace sampling, 3.5). Trace values are the "internal roundtrippable" JSON of
-- backend.md 3.3 (TraceValueJson). Rows go with their canvas.

-- One row per traced request (the trace's input) and per unmatched request (a 404).
CREATE TABLE stored_events_v2 (
  canvas_id  uuid NOT NULL REFERENCES canvases (id) ON DELETE CASCADE,
  trace_id   uuid NOT NULL,
  module     text NOT NULL,          -- HTTP, HTTP_BASIC, WORKER, CRON, ...
  path       text NOT NULL,          -- sanitised concrete request path, or the handler's name
  modifier   text NOT NULL,          -- request method as received (HEAD stays HEAD), '_' for workers
  timestamp  timestamptz NOT NULL DEFAULT now(),
  value      text NOT NULL           -- the input Dval
);
-- Dark had this index twice, once with text_pattern_ops for LIKE; that one serves equality too,
-- and every traced request pays for each index.
CREATE INDEX stored_events_v2_desc ON stored_events_v2 (canvas_id, module, path text_pattern_ops, modifier, timestamp DESC);
CREATE INDEX stored_events_v2_trace ON stored_events_v2 (canvas_id, trace_id);

-- The arguments of each user-function call in a trace.
CREATE TABLE function_arguments (
  canvas_id       uuid NOT NULL REFERENCES canvases (id) ON DELETE CASCADE,
  trace_id        uuid NOT NULL,
  tlid            bigint NOT NULL,         -- the called user function
  timestamp       timestamptz NOT NULL,    -- app clock when the trace was written
  arguments_json  text NOT NULL            -- an object: parameter name -> value
);
CREATE INDEX function_arguments_tlid ON function_arguments (canvas_id, tlid, timestamp DESC);
CREATE INDEX function_arguments_trace ON function_arguments (canvas_id, tlid, trace_id);

-- The answers of non-pure calls in a trace; a replay answers the same call from here.
CREATE TABLE function_results_v3 (
  canvas_id     uuid NOT NULL REFERENCES canvases (id) ON DELETE CASCADE,
  trace_id      uuid NOT NULL,
  tlid          bigint NOT NULL,           -- the toplevel whose code made the call
  fnname        text NOT NULL,             -- Module::fn or Module::fn_vN
  id            bigint NOT NULL,           -- the call expression's id
  hash          text NOT NULL,             -- argument hash (backend.md 3.6)
  hash_version  integer,                   -- NULL reads as 0
  timestamp     timestamptz NOT NULL,      -- app clock when the trace was written
  value         text NOT NULL
);
CREATE INDEX function_results_v3_trace ON function_results_v3 (canvas_id, trace_id, tlid, timestamp DESC);

-- backend.md 3.5: a handler without a row uses the server's default rule.
CREATE TABLE trace_sampling_rules (
  canvas_id   uuid NOT NULL REFERENCES canvases (id) ON DELETE CASCADE,
  tlid        bigint NOT NULL,             -- the handler
  rule        text NOT NULL,               -- sample-none | sample-all | sample-all-with-telemetry | sample-one-in-<n>
  updated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (canvas_id, tlid)
);

-- backend.md 1.7: NULL = no setting; '*' = all origins; else a comma-separated list of origins.
ALTER TABLE canvases ADD COLUMN cors_setting text;
