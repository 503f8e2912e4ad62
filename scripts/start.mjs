// `npm start` (and `npm run dev`, which passes --dev). Plain Node with no dependencies, because on
// a fresh clone nothing is installed yet: install what is missing, then hand over to
// scripts/serve.ts, which starts the database and the web server.
//
// serve.ts runs in its own process group, so Ctrl-C in the terminal reaches only this process;
// we pass the signal on and serve.ts shuts down in order (web server first, then the database)
// instead of every process receiving SIGINT at the same moment.
import { spawn } from "node:child_process";
import path from "node:path";
import { ensureInstalled, root } from "./lib/ensure-install.mjs";

const args = process.argv.slice(2);
let child;
let stopping = false;

function forward(signal) {
  if (!child) {
    // Still installing: npm has received the signal too (same process group); just leave.
    process.exit(130);
  }
  if (stopping) return; // npm forwards the signal the terminal already sent: ignore the repeat
  stopping = true;
  try {
    child.kill(signal === "SIGHUP" ? "SIGTERM" : signal);
  } catch {
    /* already gone */
  }
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => forward(signal));

// npm runs us through `sh -c`; when npm is sent SIGTERM it passes it to that shell only, which
// dies without passing it on. Notice that our parent is gone and shut down as if signalled.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent && child) forward("SIGTERM");
}, 1000).unref();

try {
  await ensureInstalled({ dir: root });
} catch (error) {
  console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`);
  console.error("  Check your network connection to the npm registry and run `npm start` again.");
  process.exit(1);
}

let tsxLoader;
try {
  tsxLoader = import.meta.resolve("tsx");
} catch {
  console.error("✖ tsx is missing from node_modules; delete node_modules and run `npm start` again.");
  process.exit(1);
}

child = spawn(process.execPath, ["--import", tsxLoader, path.join(root, "scripts/serve.ts"), ...args], {
  cwd: root,
  stdio: ["ignore", "inherit", "inherit"],
  detached: process.platform !== "win32",
  env: { ...process.env, LOCUS_SUPERVISOR_PID: String(process.pid) },
});
child.on("error", (error) => {
  console.error(`✖ could not start scripts/serve.ts: ${error.message}`);
  process.exit(1);
});
child.on("exit", (code, signal) => {
  process.exit(signal ? 1 : (code ?? 1));
});
