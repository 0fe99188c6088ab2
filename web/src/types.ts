// The wire records of the API the editor reads (see app/src/main/resources/umbra/api/openapi.json).

/** Ids are 64-bit: the API writes them as numbers below 2^53 and as strings beyond, so they are kept as strings here. */
export type Id = number | string;

export interface CanvasSummary { name: string; owner: string; permission: string; createdAt: string }

export type HandlerSpec =
  | { type: "HTTP" | "HTTPBasic"; route: string; method: string }
  | { type: "Worker" | "REPL"; name: string }
  | { type: "OldWorker"; module: string; name: string }
  | { type: "Cron"; name: string; interval: string | null }
  | { type: "Unknown"; name: string; modifier: string };

export type Toplevel =
  | { kind: "handler"; tlid: Id; spec: HandlerSpec }
  | { kind: "function"; tlid: Id; name: string }
  | { kind: "db"; tlid: Id; name: string }
  | { kind: "type"; tlid: Id; name: string; version: number };

export interface Canvas {
  name: string;
  permission: string;
  toplevels: Toplevel[];
  secrets: string[];
  version: number;
}

export interface ExprAt { id: string; line: number; column: number }

/** A call the editor may play: fnName as .../execute takes it, and its arguments' expression ids. */
export interface Call { id: string; fnName: string; args: string[] }

export interface Source { tlid: Id; text: string; positions: ExprAt[]; lineExprs: ExprAt[]; calls: Call[]; version: number }

export interface TextError { line: number; column: number; message: string }

export interface Saved {
  error: TextError | null;
  source: Source | null;
  warnings: { line: number; column: number; message: string }[];
}

export interface Value { repr: string; json: string }

export interface TraceRef { tlid: Id; traceId: string }

export interface Outcome { status: number; error: string | null; errorExprId: Id | null; durationMicros: number }

export interface TraceData {
  traceId: string;
  input: { name: string; value: Value }[];
  timestamp: string;
  outcome: Outcome | null;
}

export interface Analysis { traceId: string; result: Value; liveValues: Record<string, Value>; notExecuted: string[] }

export interface Executed { traceId: string; result: Value; response: { status: number; body: string } | null; outcome: Outcome }

export interface NotFound { module: string; path: string; modifier: string; timestamp: string; traceId: string }

export interface Datastore {
  tlid: Id; name: string; columns: { name: string; type: string }[]; count: number; locked: boolean;
  example: { key: string; value: Value } | null;
}

export interface Worker { tlid: Id; module: string; name: string; modifier: string; state: string; queued: number; dead: number }

export interface DeadLetter { id: number; value: string; enqueuedAt: string; attempts: number; lastError: string; deadAt: string }

/** What the event stream sends (EventDtos). */
export interface TraceEvent { tlid: Id; traceId: string; method: string; path: string; status: number }
export interface NotFoundEvent { traceId: string; module: string; method: string; path: string }
export interface OpsEvent { tlids: Id[]; clientId: string | null }
