-- Umbra schema, version 1: accounts and access, canvases and their op histories, secrets,
-- custom domains (backend.md 0, 1.3, 4.4, 5.4, 8.1, 8.2). Traces arrive in V2.
-- Times are set by PostgreSQL (now()), as in Dark (backend.md 0, "Time").

CREATE TABLE accounts (
  id          uuid PRIMARY KEY,
  username    text NOT NULL UNIQUE,             -- backend.md 8.1 rules, checked by AccountName
  name        text NOT NULL DEFAULT '',         -- display name
  email       text UNIQUE,                      -- optional: accounts made by the CLI have none
  admin       boolean NOT NULL DEFAULT false,   -- read-write on every canvas (backend.md 5.2)
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);

-- A grant lets access_account use the canvases owned by organization_account (backend.md 5.2).
CREATE TABLE access (
  access_account        uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  organization_account  uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  permission            text NOT NULL CHECK (permission IN ('r', 'rw')),
  created_at            timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (access_account, organization_account)
);

-- Only the SHA-256 of a bearer token is kept: a copy of this table grants nothing.
CREATE TABLE api_tokens (
  token_sha256  bytea PRIMARY KEY CHECK (length(token_sha256) = 32),
  account_id    uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX api_tokens_account ON api_tokens (account_id);

CREATE TABLE canvases (
  id          uuid PRIMARY KEY,
  account_id  uuid NOT NULL REFERENCES accounts (id),   -- the owner: the account named before the first '-'
  name        varchar(64) NOT NULL UNIQUE,              -- backend.md 1.3 rules, checked by CanvasName
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX canvases_account ON canvases (account_id);

CREATE TYPE toplevel_type AS ENUM ('handler', 'db', 'user_function', 'user_tipe');

-- One row per toplevel (backend.md 4.4). oplist is the source of truth: the toplevel's whole op
-- history; oplist_cache is the toplevel rebuilt from it, so loading never replays ops (4.5).
CREATE TABLE toplevel_oplists (
  canvas_id     uuid NOT NULL REFERENCES canvases (id) ON DELETE CASCADE,
  account_id    uuid NOT NULL REFERENCES accounts (id),   -- the canvas owner
  tlid          bigint NOT NULL,          -- unsigned 64-bit id, stored with the same bits
  tipe          toplevel_type NOT NULL,
  module        text,                     -- routing columns (backend.md 4.1): live handlers only,
  name          text,                     -- name is a LIKE pattern for HTTP routes;
  modifier      text,                     -- empty strings are NULL
  deleted       boolean NOT NULL,
  pos_x         integer,                  -- canvas position of handlers and DBs, in pixels
  pos_y         integer,
  oplist        bytea NOT NULL,           -- StorageCodec oplist blob
  oplist_cache  bytea NOT NULL,           -- StorageCodec toplevel blob
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (canvas_id, tlid)
);
CREATE INDEX toplevel_oplists_routing ON toplevel_oplists (canvas_id, module, modifier) WHERE deleted = false;

-- The highest op counter seen per editor tab and canvas (backend.md 5.4 step 1).
CREATE TABLE op_ctrs (
  canvas_id   uuid NOT NULL REFERENCES canvases (id) ON DELETE CASCADE,
  browser_id  uuid NOT NULL,              -- the client's id
  ctr         bigint NOT NULL,
  timestamp   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (canvas_id, browser_id)
);

-- backend.md 8.2: injected into every execution as a string variable named after the secret.
CREATE TABLE secrets (
  canvas_id       uuid NOT NULL REFERENCES canvases (id) ON DELETE CASCADE,
  secret_name     varchar(255) NOT NULL,
  secret_value    text NOT NULL,
  secret_version  integer NOT NULL DEFAULT 0,
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (canvas_id, secret_name, secret_version)
);

-- backend.md 1.3: a host that is not *.builtwithdark.* names its canvas here (by canvas name).
CREATE TABLE custom_domains (
  host    text PRIMARY KEY,
  canvas  text NOT NULL
);
