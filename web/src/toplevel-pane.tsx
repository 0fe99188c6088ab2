// One toplevel: its text in the editor, its traces as dots (newest chosen), and for the chosen
// trace the live values, the return value and the status. Without a trace, an example request.
import { useEffect, useRef, useState } from "preact/hooks";
import { api, ApiError, canvasPath, describe, toplevelPath } from "./api";
import { CodeEditor } from "./code-editor";
import { exprAt, liveView } from "./live-values";
import type { CanvasSession } from "./session";
import { label, runs } from "./toplevels";
import type { Analysis, Call, Executed, Saved, Source, Toplevel, TraceData, TraceRef } from "./types";

interface Props { session: CanvasSession; toplevel: Toplevel }

/** A trace that is only the handler's sample input: the API's stand-in when nothing has run yet. */
const isSample = (trace: TraceData) => trace.timestamp.startsWith("1970-01-01");

export function ToplevelPane({ session, toplevel }: Props) {
  const tlid = String(toplevel.tlid);
  const path = toplevelPath(session.name, tlid);
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<CodeEditor | null>(null);
  const [source, setSource] = useState<Source | null>(null);
  const [notice, setNotice] = useState<{ text: string; kind: "info" | "error" } | null>(null);
  const [textError, setTextError] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const [cursor, setCursor] = useState<{ line: number; column: number } | null>(null);
  const [traces, setTraces] = useState<string[]>([]);
  const [chosen, setChosen] = useState<string | null>(null);
  const [trace, setTrace] = useState<TraceData | null>(null);
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const latest = useRef({ source, save: (_: string) => {}, undo: (_: boolean) => {} });

  /** @param changedOnly keep the editor (and its marks) when the text is what it shows */
  async function loadSource(changedOnly = false) {
    try {
      const s = await api<Source>("GET", `${path}/source`);
      setSource(s);
      if (changedOnly && editor.current?.text() === s.text) return;
      editor.current?.load(s.text);
      editor.current?.showProblems([]);
    } catch (e) {
      setNotice({ text: describe(e), kind: "error" });
    }
  }

  async function loadTraces() {
    if (!runs(toplevel)) return;
    try {
      const refs = (await api<{ traces: TraceRef[] }>("GET", `${path}/traces`)).traces;
      const ids = refs.map((r) => r.traceId);
      setTraces(ids);
      setChosen(ids[0] ?? null);
    } catch (e) {
      setNotice({ text: describe(e), kind: "error" });
    }
  }

  async function analyze(traceId: string) {
    try {
      const [data, live] = await Promise.all([
        api<TraceData>("GET", `${path}/traces/${traceId}`),
        api<Analysis>("POST", `${path}/analysis`, { traceId }),
      ]);
      setTrace(data);
      setAnalysis(live);
    } catch (e) {
      setNotice({ text: describe(e), kind: "error" });
    }
  }

  async function save(text: string) {
    try {
      const body = { text, expectedVersion: latest.current.source?.version ?? null };
      const saved = await api<Saved>("PUT", `${path}/source`, body);
      if (saved.error) {
        setTextError(editor.current!.showTextError(saved.error));
        return;
      }
      const s = saved.source!;
      setTextError(null);
      setSource(s);
      editor.current?.load(s.text);
      editor.current?.showProblems(saved.warnings.map((w) => ({ ...w, severity: "warning" as const })));
      setNotice({ text: saved.warnings.length ? `Saved, live now; ${saved.warnings.length} warning(s) in the margin` : "Saved, live now", kind: "info" });
      if (chosen) void analyze(chosen);
    } catch (e) {
      const stale = e instanceof ApiError && e.status === 409;
      setNotice({ text: stale ? "The canvas changed since this text was read; copy your edit, then reload the toplevel" : describe(e), kind: "error" });
    }
  }

  /** Undo or redo the last save of this toplevel on the server (its ops' UndoTL / RedoTL). */
  async function undo(redo: boolean) {
    try {
      await api("POST", `${canvasPath(session.name)}/ops`, { ops: [{ op: redo ? "RedoTL" : "UndoTL", tlid: toplevel.tlid }], opCtr: null, clientId: null, expectedVersion: null });
      await loadSource();
      setNotice({ text: redo ? "Redid the last undone save" : "Undid the last save", kind: "info" });
      if (chosen) void analyze(chosen);
    } catch (e) {
      setNotice({ text: describe(e), kind: "error" });
    }
  }

  async function replay() {
    if (!chosen) return;
    if (!confirm("Replay runs this handler's current code with the trace's input, for real: its datastore writes, emits and HTTP calls happen again. Replay?")) return;
    try {
      const done = await api<Executed>("POST", `${path}/replay`, { traceId: chosen });
      setNotice({ text: `Replayed: ${done.response ? done.response.status : "done"} ${done.result.repr}`, kind: "info" });
      await analyze(chosen);
    } catch (e) {
      setNotice({ text: describe(e), kind: "error" });
    }
  }

  /** Calls one function for real with its arguments' values in the chosen trace; the trace keeps the result. */
  async function play(call: Call, args: string[]) {
    if (!chosen) return;
    if (!confirm(`Play calls ${call.fnName} for real with these arguments: its side effects (datastore writes, emits, HTTP calls) happen. Play?`)) return;
    try {
      const done = await api<Executed>("POST", `${path}/execute`, { traceId: chosen, fnName: call.fnName, callerId: call.id, args });
      setNotice({ text: `Played ${call.fnName}: ${done.result.repr}`, kind: "info" });
      await analyze(chosen);
    } catch (e) {
      setNotice({ text: describe(e), kind: "error" });
    }
  }

  latest.current = { source, save, undo };

  useEffect(() => {
    editor.current = new CodeEditor(host.current!, {
      save: (text) => latest.current.save(text),
      undoSaved: () => latest.current.undo(false),
      redoSaved: () => latest.current.undo(true),
      dirty: setDirty,
      cursor: (line, column) => setCursor({ line, column }),
    });
    void loadSource();
    void loadTraces();
    return () => editor.current?.destroy();
  }, []);

  useEffect(() => {
    if (chosen) void analyze(chosen);
    else { setTrace(null); setAnalysis(null); }
  }, [chosen]);

  useEffect(() => {
    const show = source && analysis && trace && !isSample(trace) && !dirty;
    editor.current?.showLive(show ? liveView(source, analysis) : null);
  }, [source, analysis, trace, dirty]);

  // a new trace of this toplevel arrives: it becomes the chosen one
  const arrived = session.lastTrace.value;
  useEffect(() => {
    if (arrived && String(arrived.tlid) === tlid) void loadTraces();
  }, [arrived]);

  // the toplevel changed (here or elsewhere): show the text it has now, unless there are edits here
  const ops = session.lastOps.value;
  useEffect(() => {
    if (ops && ops.tlids.map(String).includes(tlid) && !dirty) void loadSource(true);
  }, [ops]);

  const real = trace && !isSample(trace) ? trace : null;
  const underCursor = source && cursor && analysis && real && !dirty ? exprAt(source, cursor.line, cursor.column) : null;
  const cursorValue = underCursor ? analysis!.liveValues[underCursor.id] : undefined;
  const call = underCursor ? source!.calls.find((c) => c.id === underCursor.id) : undefined;
  const args = call?.args.map((id) => analysis!.liveValues[id]?.json);
  const playable = call && args!.every((a) => a !== undefined) ? () => play(call, args as string[]) : null;

  return (
    <section class="toplevel">
      <header class="toplevel-head">
        <h2>{label(toplevel)}</h2>
        <div class="actions">
          <button onClick={() => editor.current && save(editor.current.text())} disabled={!dirty} data-test="save">Save</button>
          <button onClick={() => undo(false)} title="Undo the last save (Mod-z once the unsaved edits are undone)">Undo save</button>
          <button onClick={() => undo(true)} title="Redo an undone save">Redo save</button>
          {dirty && <span class="unsaved">unsaved (Ctrl-S saves)</span>}
        </div>
      </header>
      {notice && <p class={`notice ${notice.kind}`} data-test="notice">{notice.text}</p>}
      {textError && <p class="text-error" data-test="text-error">{textError}</p>}
      <div class="editor" ref={host} />
      {runs(toplevel) && (
        <TracePanel toplevel={toplevel} canvas={session.name} traces={traces} chosen={chosen} choose={setChosen}
          trace={real} analysis={real ? analysis : null} replay={replay} dirty={dirty}
          play={playable && call ? { fnName: call.fnName, run: playable } : null}
          cursorValue={cursorValue ? cursorValue.repr : underCursor && analysis?.notExecuted.includes(underCursor.id) ? "(did not run for this trace)" : null} />
      )}
    </section>
  );
}

interface TraceProps {
  toplevel: Toplevel;
  canvas: string;
  traces: string[];
  chosen: string | null;
  choose(id: string): void;
  trace: TraceData | null;
  analysis: Analysis | null;
  replay(): void;
  /** The call under the cursor, when its arguments' values are known. */
  play: { fnName: string; run(): void } | null;
  dirty: boolean;
  cursorValue: string | null;
}

function TracePanel(p: TraceProps) {
  const oldestFirst = [...p.traces].reverse();
  return (
    <div class="traces">
      <div class="dots" data-test="trace-dots">
        <span class="muted">traces</span>
        {oldestFirst.map((id) => (
          <button key={id} class={`dot ${id === p.chosen ? "chosen" : ""}`} title={id} data-trace={id} onClick={() => p.choose(id)} />
        ))}
      </div>
      {p.trace && p.analysis ? (
        <dl class="trace" data-test="trace">
          <dt>status</dt>
          <dd data-test="status">{p.trace.outcome ? p.trace.outcome.status || "done" : "—"}
            {p.trace.outcome && <span class="muted"> in {(p.trace.outcome.durationMicros / 1000).toFixed(1)} ms, {new Date(p.trace.timestamp).toLocaleString()}</span>}
          </dd>
          {p.trace.outcome?.error && <><dt>error</dt><dd class="error">{p.trace.outcome.error}</dd></>}
          <dt>returns</dt>
          <dd><code data-test="result">{p.analysis.result.repr}</code></dd>
          <dt>under the cursor</dt>
          <dd><code data-test="cursor-value">{p.dirty ? "(save to see the edited code's values)" : p.cursorValue ?? "—"}</code>
            {p.play && <> <button onClick={p.play.run} data-test="play">Play {p.play.fnName}…</button></>}</dd>
          {p.trace.input.map((i) => (
            <><dt>{i.name}</dt><dd><code class="input">{i.value.repr}</code></dd></>
          ))}
          {p.toplevel.kind === "handler" && (
            <><dt /><dd><button onClick={p.replay} data-test="replay">Replay with the current code…</button></dd></>
          )}
        </dl>
      ) : (
        <NoTrace toplevel={p.toplevel} canvas={p.canvas} />
      )}
    </div>
  );
}

/** With nothing run yet, how to make something run (rather than red code). */
function NoTrace({ toplevel, canvas }: { toplevel: Toplevel; canvas: string }) {
  if (toplevel.kind === "handler" && (toplevel.spec.type === "HTTP" || toplevel.spec.type === "HTTPBasic")) {
    const route = toplevel.spec.route.replace(/:([A-Za-z0-9_]+)/g, "$1");
    const method = toplevel.spec.method === "GET" ? "" : `-X ${toplevel.spec.method} `;
    return (
      <div class="no-trace" data-test="no-trace">
        <p>No request yet. Make one, and it shows up here:</p>
        <pre>curl {method}{canvasServer(canvas)}{route}</pre>
      </div>
    );
  }
  return <p class="no-trace muted" data-test="no-trace">Nothing has run yet: its traces show up here when it runs.</p>;
}

/** Where the canvas server answers this canvas; the page says which port it listens on. */
function canvasServer(canvas: string): string {
  const port = document.querySelector<HTMLMetaElement>('meta[name="umbra-canvas-port"]')?.content || "8000";
  return `http://${canvas}.localhost:${port}`;
}
