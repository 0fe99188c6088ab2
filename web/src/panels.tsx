// The canvas's other panels: 404s (each one click from a handler), a new toplevel, secrets,
// datastores and workers, as far as the API offers them.
import { useEffect, useRef, useState } from "preact/hooks";
import { api, canvasPath, describe } from "./api";
import { CodeEditor } from "./code-editor";
import { go } from "./router";
import type { CanvasSession } from "./session";
import { handlerFor } from "./toplevels";
import type { Datastore, DeadLetter, Saved, Worker } from "./types";

/** Adds a toplevel from its section's text; the answer says why when the text is not one section. */
async function addToplevel(session: CanvasSession, text: string): Promise<Saved> {
  const saved = await api<Saved>("POST", `${canvasPath(session.name)}/toplevels`, { text, expectedVersion: null });
  if (saved.source) {
    await session.reload();
    go({ page: "toplevel", canvas: session.name, tlid: String(saved.source.tlid) });
  }
  return saved;
}

export function NotFounds({ session }: { session: CanvasSession }) {
  const [problem, setProblem] = useState<string | null>(null);
  async function create(module: string, path: string, modifier: string) {
    try {
      await addToplevel(session, handlerFor(module, path, modifier)!);
      await session.reloadNotFounds();
    } catch (e) {
      setProblem(describe(e));
    }
  }
  const list = session.notFounds.value;
  return (
    <section class="panel" data-test="not-founds">
      <h2>404s</h2>
      <p class="muted">Requests no handler took (the last week). One click makes the handler, holding that request as its first trace.</p>
      {problem && <p class="notice error">{problem}</p>}
      {list.length === 0 ? <p class="muted">None yet.</p> : (
        <table>
          <tbody>
            {list.map((n) => (
              <tr key={`${n.module} ${n.modifier} ${n.path}`} data-test="not-found">
                <td>{n.module === "HTTP" ? n.modifier : n.module}</td>
                <td><code>{n.path}</code></td>
                <td class="muted">{new Date(n.timestamp).toLocaleString()}</td>
                <td>{handlerFor(n.module, n.path, n.modifier) && (
                  <button onClick={() => create(n.module, n.path, n.modifier)} data-test="create-handler">Create handler</button>
                )}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

const TEMPLATE = "[http-handler GET /hello]\n\"Hello, world!\"\n";

export function NewToplevel({ session }: { session: CanvasSession }) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<CodeEditor | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const add = async (text: string) => {
    try {
      const saved = await addToplevel(session, text);
      if (saved.error) setProblem(editor.current!.showTextError(saved.error));
    } catch (e) {
      setProblem(describe(e));
    }
  };
  const latest = useRef(add);
  latest.current = add;
  useEffect(() => {
    editor.current = new CodeEditor(host.current!, {
      save: (text) => latest.current(text), undoSaved: () => {}, redoSaved: () => {}, dirty: () => {}, cursor: () => {},
    });
    editor.current.load(TEMPLATE);
    editor.current.focus();
    return () => editor.current?.destroy();
  }, []);
  return (
    <section class="panel">
      <h2>New toplevel</h2>
      <p class="muted">One section of the canvas text: a header such as <code>[http-handler POST /links]</code>,{" "}
        <code>[worker welcome]</code>, <code>[cron nightly Daily]</code>, <code>[repl scratch]</code>,{" "}
        <code>[fn greet name:Str -&gt; Str]</code>, <code>[db Links {"{"}"url": "Str"{"}"}]</code> or <code>[type Person name:Str]</code>, then its code.</p>
      {problem && <p class="text-error" data-test="text-error">{problem}</p>}
      <div class="editor" ref={host} />
      <button onClick={() => editor.current && add(editor.current.text())}>Add (Ctrl-S)</button>
    </section>
  );
}

export function Secrets({ session }: { session: CanvasSession }) {
  const [names, setNames] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [name, setName] = useState("");
  const [value, setValue] = useState("");
  const base = `${canvasPath(session.name)}/secrets`;
  const load = async () => {
    try {
      setNames((await api<{ secrets: string[] }>("GET", base)).secrets);
    } catch (e) {
      setProblem(describe(e));
    }
  };
  const act = async (work: () => Promise<unknown>) => {
    try {
      await work();
      setProblem(null);
      await load();
    } catch (e) {
      setProblem(describe(e));
    }
  };
  useEffect(() => void load(), []);
  return (
    <section class="panel" data-test="secrets">
      <h2>Secrets</h2>
      <p class="muted">A secret is a string variable of the canvas's code. Its value goes in and never comes back: traces show <code>&lt;secret NAME&gt;</code>.</p>
      {problem && <p class="notice error">{problem}</p>}
      <ul class="plain">
        {names.map((n) => (
          <li key={n}><code>{n}</code> <button onClick={() => confirm(`Delete the secret ${n}? Code that uses it will fail.`) && act(() => api("DELETE", `${base}/${encodeURIComponent(n)}`))}>Delete</button></li>
        ))}
      </ul>
      <form onSubmit={(e) => {
        e.preventDefault();
        void act(() => api("PUT", `${base}/${encodeURIComponent(name)}`, { value })).then(() => { setName(""); setValue(""); });
      }}>
        <input placeholder="NAME" value={name} onInput={(e) => setName(e.currentTarget.value)} required />
        <input placeholder="value" type="password" value={value} onInput={(e) => setValue(e.currentTarget.value)} required />
        <button>Set</button>
      </form>
    </section>
  );
}

export function Datastores({ session }: { session: CanvasSession }) {
  const [list, setList] = useState<Datastore[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    api<{ datastores: Datastore[] }>("GET", `${canvasPath(session.name)}/datastores`)
      .then((r) => setList(r.datastores), (e) => setProblem(describe(e)));
  }, [session.canvas.value]);
  return (
    <section class="panel" data-test="datastores">
      <h2>Datastores</h2>
      {problem && <p class="notice error">{problem}</p>}
      {list?.length === 0 && <p class="muted">No datastores: add one with a <code>[db Name {"{"}...{"}"}]</code> section.</p>}
      {list?.map((d) => (
        <div class="card" key={String(d.tlid)}>
          <h3>{d.name} <span class="muted">{d.count} rows{d.locked ? ", columns locked by its data" : ""}</span></h3>
          <p>{d.columns.map((c) => <code key={c.name}>{c.name}: {c.type} </code>)}</p>
          {d.example && <p class="muted">newest row <code>{d.example.key}</code>: <code>{d.example.value.repr}</code></p>}
        </div>
      ))}
    </section>
  );
}

export function Workers({ session }: { session: CanvasSession }) {
  const [list, setList] = useState<Worker[] | null>(null);
  const [dead, setDead] = useState<{ worker: string; letters: DeadLetter[] } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const base = canvasPath(session.name);
  const load = () => api<{ workers: Worker[] }>("GET", `${base}/workers`).then((r) => setList(r.workers), (e) => setProblem(describe(e)));
  const act = (work: Promise<unknown>) => work.then(load, (e) => setProblem(describe(e)));
  useEffect(() => void load(), [session.workerChanges.value]);
  const showDead = (w: Worker) => api<{ deadLetters: DeadLetter[] }>("GET", `${base}/toplevels/${w.tlid}/dead-letters`)
    .then((r) => setDead({ worker: w.name, letters: r.deadLetters }), (e) => setProblem(describe(e)));
  return (
    <section class="panel" data-test="workers">
      <h2>Workers and crons</h2>
      {problem && <p class="notice error">{problem}</p>}
      {list?.length === 0 && <p class="muted">No workers or crons.</p>}
      <table>
        <tbody>
          {list?.map((w) => (
            <tr key={String(w.tlid)}>
              <td>{w.module === "CRON" ? "cron" : "worker"} <code>{w.name}</code></td>
              <td>{w.state === "run" ? "running" : w.state === "pause" ? "paused" : w.state}</td>
              <td>{w.queued} queued</td>
              <td>{w.dead} dead</td>
              <td>
                <button onClick={() => act(api("POST", `${base}/toplevels/${w.tlid}/schedule`, { schedule: w.state === "pause" ? "run" : "pause" }))}>
                  {w.state === "pause" ? "Run" : "Pause"}</button>{" "}
                {w.dead > 0 && <>
                  <button onClick={() => showDead(w)}>Dead letters</button>{" "}
                  <button onClick={() => act(api("POST", `${base}/toplevels/${w.tlid}/dead-letters/requeue`))}>Requeue</button>
                </>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {dead && (
        <div class="card">
          <h3>Dead letters of {dead.worker}</h3>
          {dead.letters.map((l) => <p key={l.id}><code>{l.value}</code> <span class="muted">after {l.attempts} attempts: {l.lastError}</span></p>)}
        </div>
      )}
    </section>
  );
}
