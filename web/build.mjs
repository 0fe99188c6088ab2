// Builds the editor bundle: node build.mjs OUTDIR (Maven passes the module's classes directory).
// Nothing to do when the bundle there is newer than every input. Otherwise installs the locked
// dependencies (npm ci) when node_modules is missing or older than the lock file, so a build after
// a pull gets exactly the locked versions; then type-checks and bundles with esbuild.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2] ?? join(here, "dist");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/** The newest modification time of the files under a path. */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const bundle = join(out, "editor.js");
const inputs = ["src", "package-lock.json", "build.mjs", "tsconfig.json"].map((p) => newest(join(here, p)));
if (existsSync(bundle) && statSync(bundle).mtimeMs > Math.max(...inputs)) {
  console.log("editor: the bundle is up to date");
  process.exit(0);
}

const installed = join(here, "node_modules", ".package-lock.json");
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(join(here, "package-lock.json")).mtimeMs) {
  execFileSync(npm, ["ci", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: here, stdio: "inherit" });
}
execFileSync(process.execPath, [join(here, "node_modules", "typescript", "bin", "tsc"), "--noEmit", "-p", here], { stdio: "inherit" });

const { build } = await import("esbuild");
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [join(here, "src", "main.tsx")],
  bundle: true,
  minify: true,
  format: "esm",
  target: "es2022",
  outfile: join(out, "editor.js"),
  jsx: "automatic",
  jsxImportSource: "preact",
  logLevel: "warning",
});
copyFileSync(join(here, "src", "index.html"), join(out, "index.html"));
copyFileSync(join(here, "src", "editor.css"), join(out, "editor.css"));
