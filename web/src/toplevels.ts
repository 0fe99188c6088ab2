// How the sidebar names and groups a canvas's toplevels, and the header of a new section.
import type { Toplevel } from "./types";

export const GROUPS = ["HTTP", "Workers", "Crons", "REPLs", "Functions", "Datastores", "Types", "Other"] as const;
export type Group = (typeof GROUPS)[number];

export function group(tl: Toplevel): Group {
  switch (tl.kind) {
    case "function":
      return "Functions";
    case "db":
      return "Datastores";
    case "type":
      return "Types";
    case "handler":
      switch (tl.spec.type) {
        case "HTTP":
        case "HTTPBasic":
          return "HTTP";
        case "Worker":
        case "OldWorker":
          return "Workers";
        case "Cron":
          return "Crons";
        case "REPL":
          return "REPLs";
        default:
          return "Other";
      }
  }
}

export function label(tl: Toplevel): string {
  switch (tl.kind) {
    case "function":
      return tl.name || "(unnamed function)";
    case "db":
      return tl.name || "(unnamed datastore)";
    case "type":
      return tl.version > 0 ? `${tl.name}@${tl.version}` : tl.name;
    case "handler": {
      const s = tl.spec;
      switch (s.type) {
        case "HTTP":
        case "HTTPBasic":
          return `${s.method || "?"} ${s.route || "?"}`;
        case "Cron":
          return s.interval ? `${s.name} (${s.interval})` : s.name;
        case "OldWorker":
          return `${s.module} ${s.name}`;
        case "Unknown":
          return s.name || "(blank handler)";
        default:
          return s.name || "(unnamed)";
      }
    }
  }
}

/** Whether a toplevel has traces and live values: handlers and functions have code that runs. */
export function runs(tl: Toplevel): boolean {
  return tl.kind === "handler" || tl.kind === "function";
}

/** A header word as the canvas text writes it: bare, or a JSON string when empty or holding spaces or quotes. */
export function headerWord(word: string): string {
  return word !== "" && !/[\s"\u0000-\u001f\u007f]/.test(word) ? word : JSON.stringify(word);
}

/** The section of a handler that takes a request no handler took, or null for kinds the editor cannot add. */
export function handlerFor(module: string, path: string, modifier: string): string | null {
  if (module === "HTTP") return `[http-handler ${headerWord(modifier)} ${headerWord(path)}]\n`;
  if (module === "WORKER") return `[worker ${headerWord(path)}]\n`;
  return null;
}
