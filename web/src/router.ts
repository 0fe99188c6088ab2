// Every place in the editor has its own URL, kept in the hash: #/c/CANVAS/tl/TLID and so on.
import { signal } from "@preact/signals";

export type Panel = "home" | "secrets" | "datastores" | "workers" | "new";

export type Route =
  | { page: "canvases" }
  | { page: "canvas"; canvas: string; panel: Panel }
  | { page: "toplevel"; canvas: string; tlid: string };

export function parse(hash: string): Route {
  const parts = hash.replace(/^#\/?/, "").split("/").filter((p) => p !== "").map(decodeURIComponent);
  if (parts[0] !== "c" || parts.length < 2) return { page: "canvases" };
  const canvas = parts[1];
  if (parts[2] === "tl" && parts[3]) return { page: "toplevel", canvas, tlid: parts[3] };
  const panels: Panel[] = ["secrets", "datastores", "workers", "new"];
  const panel = panels.find((p) => p === parts[2]) ?? "home";
  return { page: "canvas", canvas, panel };
}

export function href(route: Route): string {
  switch (route.page) {
    case "canvases":
      return "#/";
    case "canvas":
      return `#/c/${encodeURIComponent(route.canvas)}${route.panel === "home" ? "" : "/" + route.panel}`;
    case "toplevel":
      return `#/c/${encodeURIComponent(route.canvas)}/tl/${route.tlid}`;
  }
}

export const route = signal<Route>(parse(location.hash));
addEventListener("hashchange", () => (route.value = parse(location.hash)));

export function go(to: Route) {
  location.hash = href(to);
}
