// The editor talks only to Umbra's public API (openapi.json), with the token the user signed in with.
import { signal } from "@preact/signals";

const TOKEN_KEY = "umbra.token";

/** The API token, kept in the browser's storage so a reload stays signed in. */
export const token = signal(localStorage.getItem(TOKEN_KEY) ?? "");

export function signIn(value: string) {
  localStorage.setItem(TOKEN_KEY, value);
  token.value = value;
}

export function signOut() {
  localStorage.removeItem(TOKEN_KEY);
  token.value = "";
}

/** An answer in the API's one error shape: {"error": {"code", "message"}}. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Authorization: `Bearer ${token.value}` };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, "offline", "the server does not answer; is ./umbra serve running?");
  }
  const text = await res.text();
  const json = text ? JSON.parse(text) : null;
  if (!res.ok) {
    if (res.status === 401) signOut();
    throw new ApiError(res.status, json?.error?.code ?? `http_${res.status}`, json?.error?.message ?? res.statusText);
  }
  return json as T;
}

export const canvasPath = (canvas: string) => `/api/v1/canvases/${encodeURIComponent(canvas)}`;
export const toplevelPath = (canvas: string, tlid: string) => `${canvasPath(canvas)}/toplevels/${tlid}`;

/** A message for people from whatever a request threw. */
export function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
