// Starting and stopping the embedded PostgreSQL safely, for `npm start` and `npm test`:
// - a server left running by a crashed earlier run is detected (and stopped when it is orphaned),
// - a stale postmaster.pid is removed,
// - stop() never hangs when Postgres already stopped by itself (Ctrl-C in a terminal reaches it
//   directly), and falls back to an immediate shutdown if a clean one takes too long,
// - the server's log is kept (in a file and the last lines in memory) to explain failures.
import { appendFileSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type RunningPostgres } from "./embedded-postgres";

export { freePort } from "./embedded-postgres";

export type ManagedPostgres = RunningPostgres & { port: number; pid: number | undefined; dataDir: string };

const SIGNAL_EVENTS = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK"] as const;

/**
 * The embedded-postgres package installs its own SIGINT/SIGTERM/SIGHUP handlers (through
 * async-exit-hook) that stop Postgres and exit at once. Our scripts shut down in their own order,
 * so drop those handlers; its "exit" hook stays as a last-resort safety net.
 */
export function removeForeignSignalHandlers(keep: ReadonlyArray<unknown> = []) {
  for (const event of SIGNAL_EVENTS) {
    for (const listener of process.listeners(event)) {
      if (!keep.includes(listener)) process.removeListener(event, listener);
    }
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  // A zombie (exited, not yet reaped) counts as gone.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true;
  }
}

function readProc(pid: number, what: "cmdline" | "stat"): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${what}`, "utf8");
  } catch {
    return undefined;
  }
}

function parentOf(pid: number): number | undefined {
  const stat = readProc(pid, "stat");
  if (!stat) return undefined;
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ppid = Number(fields[1]);
  return Number.isFinite(ppid) ? ppid : undefined;
}

export function postmasterPid(dataDir: string): number | undefined {
  const file = path.join(dataDir, "postmaster.pid");
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, "utf8").split("\n")[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await sleep(100);
  }
  return !isAlive(pid);
}

export class PostgresBusyError extends Error {}

/**
 * Looks at a postmaster.pid left in the data directory. If its server is gone, the file is removed.
 * If the server still runs and was orphaned by a crashed run, it is stopped cleanly. If it still
 * runs under another live Locus process, a PostgresBusyError explains what to do.
 */
export async function handleLeftoverServer(dataDir: string, log: (m: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  const pid = postmasterPid(dataDir);
  if (pid === undefined) {
    if (existsSync(pidFile)) rmSync(pidFile, { force: true });
    return;
  }
  const cmdline = readProc(pid, "cmdline")?.split("\0").join(" ");
  const ours = isAlive(pid) && (cmdline === undefined ? process.platform !== "linux" : cmdline.includes(dataDir));
  if (!ours) {
    // The server is gone (crash, reboot); its pid may even belong to another process by now.
    log("cleaning up after a database server that did not shut down cleanly last time");
    rmSync(pidFile, { force: true });
    return;
  }
  const parent = parentOf(pid);
  const parentCmd = parent && parent > 1 ? readProc(parent, "cmdline")?.split("\0").join(" ") : undefined;
  const ownerAlive = parentCmd !== undefined && /serve\.ts|test\.mjs|embedded-postgres|node/.test(parentCmd);
  if (process.platform !== "linux" || ownerAlive) {
    throw new PostgresBusyError(
      `The database in ${dataDir} is already in use by another running Locus (database server pid ${pid}` +
        `${parent ? `, started by pid ${parent}` : ""}).\n` +
        `  Stop that one first (Ctrl-C in its terminal), or open the app it is serving.`,
    );
  }
  log(`stopping the database server left running by an earlier run that crashed (pid ${pid}) …`);
  process.kill(pid, "SIGINT"); // "fast" shutdown: clean, rolls back open transactions
  if (!(await waitUntilGone(pid, 30_000))) {
    process.kill(pid, "SIGQUIT");
    await waitUntilGone(pid, 10_000);
  }
  if (isAlive(pid)) throw new PostgresBusyError(`could not stop the leftover database server (pid ${pid}); stop it by hand`);
  rmSync(pidFile, { force: true });
}

export async function startManagedPostgres(options: {
  dataDir: string;
  port: number;
  persistent: boolean;
  /** File that receives the server log (replaced on each start). */
  logFile?: string;
  log?: (m: string) => void;
}): Promise<ManagedPostgres> {
  const say = options.log ?? (() => {});
  const recent: string[] = [];
  if (options.logFile) writeFileSync(options.logFile, `--- ${new Date().toISOString()} starting PostgreSQL on port ${options.port}\n`);
  const capture = (message: string) => {
    for (const line of message.split("\n")) {
      if (!line.trim()) continue;
      recent.push(line);
      if (recent.length > 40) recent.shift();
    }
    if (options.logFile) {
      try {
        appendFileSync(options.logFile, `${message}\n`);
      } catch {
        /* the log is a convenience */
      }
    }
  };

  await handleLeftoverServer(options.dataDir, say);
  let running: RunningPostgres;
  try {
    running = await startEmbeddedPostgres({ dataDir: options.dataDir, port: options.port, persistent: options.persistent, log: capture });
  } catch (error) {
    const detail = error instanceof Error ? error.message : "the server exited during startup";
    throw new Error(
      `PostgreSQL did not start (${detail}).` +
        (recent.length ? `\n  Last lines of its log:\n    ${recent.slice(-12).join("\n    ")}` : "") +
        (options.logFile ? `\n  Full log: ${options.logFile}` : ""),
    );
  }
  const pid = postmasterPid(options.dataDir);

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (pid !== undefined && !isAlive(pid)) {
        // Already stopped by itself (it received the terminal's Ctrl-C): the package would wait
        // forever for an exit event that has already happened.
        if (!options.persistent) rmSync(options.dataDir, { recursive: true, force: true });
        return;
      }
      const stopped = running.stop();
      stopped.catch(() => {});
      const gone = pid === undefined ? stopped : Promise.race([stopped, waitUntilGone(pid, 30_000)]);
      await gone;
      if (pid !== undefined && isAlive(pid)) {
        say("the database is slow to stop; forcing an immediate shutdown");
        process.kill(pid, "SIGQUIT");
        await waitUntilGone(pid, 10_000);
      }
      if (!options.persistent) rmSync(options.dataDir, { recursive: true, force: true });
    })();
    return stopping;
  };

  return {
    ...running,
    stop,
    port: options.port,
    pid,
    dataDir: options.dataDir,
  };
}

/** The connection string with the password replaced, for printing. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "****";
    return parsed.toString();
  } catch {
    return "(unparseable connection string)";
  }
}
