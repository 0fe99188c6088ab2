-- Umbra schema, version 4: background work (backend.md 6). Emitted events wait here until a
-- worker process claims one (FOR UPDATE SKIP LOCKED); a claim sets locked_until, so a process
-- that dies mid-run leaves its event to another once that time passes (at-least-once). A run that
-- fails is tried again after a backoff (run_at), up to a number of attempts, then kept as a dead
-- letter with its last error. Finished events are deleted.
CREATE TABLE events (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  canvas_id     uuid NOT NULL,
  module        text NOT NULL,               -- 'WORKER', 'CRON', or an old emit_v0 space
  name          text NOT NULL,
  modifier      text NOT NULL,               -- '_' for workers, the interval for crons
  value         text NOT NULL,               -- the event, in the trace format (backend.md 3.3)
  enqueued_at   timestamptz NOT NULL DEFAULT now(),
  run_at        timestamptz NOT NULL DEFAULT now(),   -- not before: a retry's backoff
  attempts      integer NOT NULL DEFAULT 0,           -- claims so far
  locked_until  timestamptz,                          -- claimed by a running worker until then
  last_error    text,
  dead_at       timestamptz                           -- gave up after the last attempt
);
CREATE INDEX events_ready ON events (run_at, id) WHERE dead_at IS NULL;
CREATE INDEX events_handler ON events (canvas_id, module, name);

-- Paused (by the owner) or blocked handlers: their events stay queued (backend.md 6.3).
CREATE TABLE scheduling_rules (
  canvas_id     uuid NOT NULL,
  rule_type     text NOT NULL CHECK (rule_type IN ('pause', 'block')),
  handler_name  text NOT NULL,
  event_space   text NOT NULL,             -- 'WORKER' or 'CRON' (Umbra pauses crons too)
  created_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (canvas_id, rule_type, handler_name, event_space)
);

-- When each cron last ran (backend.md 6.4); the scheduler enqueues a due cron and records it in
-- one transaction under an advisory lock, so any number of schedulers fire it once.
CREATE TABLE cron_records (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  canvas_id  uuid NOT NULL,
  tlid       bigint NOT NULL,
  ran_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cron_records_latest ON cron_records (canvas_id, tlid, ran_at DESC);
