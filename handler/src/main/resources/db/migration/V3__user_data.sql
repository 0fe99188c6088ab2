-- Umbra schema, version 3: the rows of users' datastores (backend.md 7).
-- One table for every canvas and datastore; every statement filters on canvas, datastore tlid and
-- the two versions. data holds the row object in the "internal queryable" JSON encoding (dates,
-- passwords and uuids wrapped as {"type": ..., "value": ...}). A canvas's rows go with the
-- canvas; the test runner keeps throwaway rows under canvas ids that have no canvas row, so there
-- is no foreign key.
CREATE TABLE user_data (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,   -- insertion order: reads are ordered by it
  canvas_id     uuid NOT NULL,
  table_tlid    bigint NOT NULL,                                   -- the datastore toplevel
  user_version  integer NOT NULL DEFAULT 0,
  dark_version  integer NOT NULL DEFAULT 0,
  key           text NOT NULL,
  data          jsonb NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT user_data_key_uniq UNIQUE (canvas_id, table_tlid, user_version, dark_version, key)
);

-- DB::queryExactFields and compiled queries with field = value conjuncts test containment (@>).
CREATE INDEX user_data_data ON user_data USING gin (data jsonb_path_ops);
-- the newest row of a datastore (the editor's example row) and insertion-ordered reads
CREATE INDEX user_data_table_order ON user_data (canvas_id, table_tlid, id);
