-- Umbra schema, version 5: how each traced execution ended and how long it and its calls took
-- (so a failed request can be diagnosed from its trace), and the canvas event feed the editor's
-- event stream reads.

-- NULL in every new column: a trace written before version 5 (or a 404, which ran no code).
ALTER TABLE stored_events_v2
  ADD COLUMN status         integer,   -- the response status; 0 for workers, crons and REPLs
  ADD COLUMN duration_us    bigint,    -- the whole execution
  ADD COLUMN error          text,      -- the Dark error the execution ended with
  ADD COLUMN error_tlid     bigint,    -- where that error arose: toplevel ...
  ADD COLUMN error_expr_id  bigint;    -- ... and expression
ALTER TABLE function_results_v3 ADD COLUMN duration_us bigint;

-- What happened on a canvas, for the event stream (GET /api/v1/canvases/{canvas}/events): new
-- traces, 404s, toplevels changed, worker queues changed. Written in the transaction that made
-- the change; NOTIFY umbra_canvas_events then carries only "<canvas id> <first id> <last id>",
-- so every process on the database reads the same rows. Kept for an hour, for Last-Event-ID.
CREATE TABLE canvas_events (
  id         bigserial PRIMARY KEY,
  canvas_id  uuid NOT NULL REFERENCES canvases (id) ON DELETE CASCADE,
  at         timestamptz NOT NULL DEFAULT now(),
  body       text NOT NULL                -- a small JSON object with a "type"
);
CREATE INDEX canvas_events_canvas ON canvas_events (canvas_id, id);
CREATE INDEX canvas_events_at ON canvas_events (at);
