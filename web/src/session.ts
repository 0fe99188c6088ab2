// One open canvas: its toplevels, its 404s, and its event stream (new traces, 404s, edits, worker
// changes), with the state of the connection for the indicator.
import { signal } from "@preact/signals";
import { api, canvasPath, describe, token } from "./api";
import type { Canvas, NotFound, NotFoundEvent, OpsEvent, TraceEvent } from "./types";

/** "closed": the server refused the stream (the browser retries only while it may come back). */
export type Connection = "connecting" | "live" | "reconnecting" | "closed";

export class CanvasSession {
  readonly canvas = signal<Canvas | null>(null);
  readonly problem = signal<string | null>(null);
  readonly notFounds = signal<NotFound[]>([]);
  readonly connection = signal<Connection>("connecting");
  readonly lastTrace = signal<TraceEvent | null>(null);
  readonly lastOps = signal<OpsEvent | null>(null);
  /** Counts worker events, so panels that show queues know to read them again. */
  readonly workerChanges = signal(0);
  private readonly stream: EventSource;

  constructor(readonly name: string) {
    // EventSource cannot send headers: the API takes the token as access_token (and never logs queries)
    this.stream = new EventSource(`${canvasPath(name)}/events?access_token=${encodeURIComponent(token.value)}`);
    this.stream.onopen = () => (this.connection.value = "live");
    this.stream.onerror = () => (this.connection.value = this.stream.readyState === EventSource.CLOSED ? "closed" : "reconnecting");
    this.stream.addEventListener("trace", (e) => (this.lastTrace.value = JSON.parse((e as MessageEvent).data)));
    this.stream.addEventListener("404", (e) => this.notFoundArrived(JSON.parse((e as MessageEvent).data)));
    this.stream.addEventListener("ops", (e) => {
      this.lastOps.value = JSON.parse((e as MessageEvent).data);
      void this.reload();
    });
    this.stream.addEventListener("worker", () => this.workerChanges.value++);
    void this.reload();
    void this.reloadNotFounds();
  }

  async reload() {
    try {
      this.canvas.value = await api<Canvas>("GET", canvasPath(this.name));
      this.problem.value = null;
    } catch (e) {
      this.problem.value = describe(e);
    }
  }

  async reloadNotFounds() {
    try {
      this.notFounds.value = (await api<{ notFounds: NotFound[] }>("GET", `${canvasPath(this.name)}/404s`)).notFounds;
    } catch (e) {
      this.problem.value = describe(e);
    }
  }

  close() {
    this.stream.close();
  }

  private notFoundArrived(event: NotFoundEvent) {
    const rest = this.notFounds.value.filter((n) => !(n.module === event.module && n.path === event.path && n.modifier === event.method));
    const arrived: NotFound = { module: event.module, path: event.path, modifier: event.method, timestamp: new Date().toISOString(), traceId: event.traceId };
    this.notFounds.value = [arrived, ...rest];
  }
}

let current: CanvasSession | null = null;

/** The session of a canvas; opening another closes the previous one's stream. */
export function sessionFor(name: string): CanvasSession {
  if (current?.name !== name) {
    current?.close();
    current = new CanvasSession(name);
  }
  return current;
}
