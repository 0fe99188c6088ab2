-- Umbra schema, version 6: a canvas's version, for optimistic concurrent edits. It counts the
-- requests that changed the canvas's toplevels (ops that saved something, a delete forever); a
-- client sends the version it read with its ops (AddOpsRequest.expectedVersion, umbra push), and
-- ops made on an older version are refused with a 409, so two pushes never interleave.
ALTER TABLE canvases ADD COLUMN version bigint NOT NULL DEFAULT 0;
