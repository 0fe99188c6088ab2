// Umbra's editor: sign in with an API token, choose a canvas, edit its toplevels as text, and
// watch their traces and live values. Everything goes through the public API.
import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { api, describe, signIn, signOut, token } from "./api";
import { Datastores, NewToplevel, NotFounds, Secrets, Workers } from "./panels";
import { href, route, type Panel, type Route } from "./router";
import { type CanvasSession, sessionFor } from "./session";
import { ToplevelPane } from "./toplevel-pane";
import { GROUPS, group, label } from "./toplevels";
import type { CanvasSummary } from "./types";

function App() {
  if (!token.value) return <SignIn />;
  const r = route.value;
  return r.page === "canvases" ? <Canvases /> : <CanvasPage route={r} />;
}

function SignIn() {
  const [value, setValue] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  async function submit(e: Event) {
    e.preventDefault();
    signIn(value.trim());
    try {
      await api("GET", "/api/v1/canvases");
    } catch (err) {
      signOut();
      setProblem(describe(err));
    }
  }
  return (
    <main class="sign-in">
      <h1>Umbra</h1>
      <form onSubmit={submit}>
        <label for="token">API token</label>
        <input id="token" type="password" autocomplete="off" placeholder="umb_..." value={value}
          onInput={(e) => setValue(e.currentTarget.value)} required />
        <button>Sign in</button>
      </form>
      {problem && <p class="notice error" data-test="sign-in-problem">{problem}</p>}
      <p class="muted"><code>./umbra account create NAME</code> prints one; <code>./umbra account token NAME</code> issues another.
        It stays in this browser until you sign out.</p>
    </main>
  );
}

function Canvases() {
  const [list, setList] = useState<CanvasSummary[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    api<{ canvases: CanvasSummary[] }>("GET", "/api/v1/canvases").then((r) => setList(r.canvases), (e) => setProblem(describe(e)));
  }, []);
  return (
    <main class="canvases">
      <header class="top"><h1>Your canvases</h1><button onClick={signOut}>Sign out</button></header>
      {problem && <p class="notice error">{problem}</p>}
      {list?.length === 0 && <p class="muted">No canvas yet: push one with <code>./umbra push NAME file.dark</code>.</p>}
      <ul class="plain canvas-list">
        {list?.map((c) => (
          <li key={c.name}><a href={href({ page: "canvas", canvas: c.name, panel: "home" })}>{c.name}</a>
            <span class="muted"> {c.permission}{c.owner !== c.name ? `, owned by ${c.owner}` : ""}</span></li>
        ))}
      </ul>
    </main>
  );
}

function CanvasPage({ route: r }: { route: Exclude<Route, { page: "canvases" }> }) {
  const session = sessionFor(r.canvas);
  const canvas = session.canvas.value;
  const chosen = r.page === "toplevel" ? canvas?.toplevels.find((t) => String(t.tlid) === r.tlid) : undefined;
  return (
    <div class="canvas-page">
      <Sidebar session={session} route={r} />
      <main class="main">
        {session.problem.value && <p class="notice error">{session.problem.value}</p>}
        {r.page === "toplevel"
          ? chosen ? <ToplevelPane key={r.tlid} session={session} toplevel={chosen} />
            : canvas && <p class="muted">This canvas has no toplevel {r.tlid} (any more).</p>
          : <PanelView session={session} panel={r.panel} />}
      </main>
    </div>
  );
}

function PanelView({ session, panel }: { session: CanvasSession; panel: Panel }) {
  switch (panel) {
    case "home": return <NotFounds session={session} />;
    case "new": return <NewToplevel session={session} />;
    case "secrets": return <Secrets session={session} />;
    case "datastores": return <Datastores session={session} />;
    case "workers": return <Workers session={session} />;
  }
}

const CONNECTION_TEXT = { connecting: "connecting…", live: "live", reconnecting: "reconnecting…", closed: "not connected (reload)" };

function Sidebar({ session, route: r }: { session: CanvasSession; route: Exclude<Route, { page: "canvases" }> }) {
  const toplevels = session.canvas.value?.toplevels ?? [];
  const link = (panel: Panel, text: string) => (
    <a href={href({ page: "canvas", canvas: session.name, panel })} class={r.page === "canvas" && r.panel === panel ? "active" : ""}>{text}</a>
  );
  const notFounds = session.notFounds.value.length;
  return (
    <nav class="sidebar">
      <header>
        <a href="#/" class="muted">canvases</a>
        <h1 data-test="canvas-name">{session.name}</h1>
        <span class={`connection ${session.connection.value}`} data-test="connection">● {CONNECTION_TEXT[session.connection.value]}</span>
      </header>
      {link("home", notFounds ? `404s (${notFounds})` : "404s")}
      {link("new", "+ New toplevel")}
      {GROUPS.map((g) => {
        const members = toplevels.filter((t) => group(t) === g).sort((a, b) => label(a).localeCompare(label(b)));
        return members.length === 0 ? null : (
          <div class="group" key={g}>
            <h2>{g}</h2>
            {members.map((t) => (
              <a key={String(t.tlid)} href={href({ page: "toplevel", canvas: session.name, tlid: String(t.tlid) })}
                class={r.page === "toplevel" && r.tlid === String(t.tlid) ? "active" : ""} data-test="toplevel">{label(t)}</a>
            ))}
          </div>
        );
      })}
      <div class="group">
        <h2>Canvas</h2>
        {link("secrets", "Secrets")}
        {link("datastores", "Datastores")}
        {link("workers", "Workers and crons")}
      </div>
    </nav>
  );
}

render(<App />, document.getElementById("app")!);
