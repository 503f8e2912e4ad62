// Makes sure node_modules matches package-lock.json and the Prisma client matches the schema.
// Plain Node with no dependencies: `npm start` and `npm test` call it on a fresh clone, before
// anything is installed.
//
// A stamp inside node_modules records the lock file (and the dependency fields of package.json)
// that the last install used; when they change we run `npm ci` again, unless npm's own record of
// the tree (node_modules/.package-lock.json) already agrees with package-lock.json (someone ran
// `npm install` by hand): then the tree is adopted and stamped, not reinstalled for nothing.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const INSTALL_STAMP = "node_modules/.locus-install-stamp";
const PRISMA_STAMP = "node_modules/.locus-prisma-stamp";
const GENERATED_CLIENT = "lib/generated/prisma/client.ts";

function readJson(file) {
  return JSON.parse(readFileSync(file, "utf8"));
}

function sha256(...parts) {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\0");
  return hash.digest("hex");
}

/** What an install depends on: the lock, the dependency fields of package.json, the platform. */
function installFingerprint(dir) {
  const pkg = readJson(path.join(dir, "package.json"));
  const lockPath = path.join(dir, "package-lock.json");
  const lock = existsSync(lockPath) ? readFileSync(lockPath) : Buffer.from("no lock");
  const fields = {};
  for (const key of ["dependencies", "devDependencies", "optionalDependencies", "overrides", "allowScripts"]) {
    if (pkg[key] !== undefined) fields[key] = pkg[key];
  }
  return sha256(lock, JSON.stringify(fields), `${process.platform}-${process.arch}`);
}

/** True when node_modules (installed without our stamp) is exactly what package-lock.json describes. */
function treeMatchesLock(dir) {
  const hiddenPath = path.join(dir, "node_modules/.package-lock.json");
  const lockPath = path.join(dir, "package-lock.json");
  if (!existsSync(hiddenPath) || !existsSync(lockPath)) return false;
  try {
    const lock = readJson(lockPath);
    const hidden = readJson(hiddenPath);
    const want = lock.packages ?? {};
    const have = hidden.packages ?? {};
    const pkg = readJson(path.join(dir, "package.json"));
    const rootEntry = want[""] ?? {};
    for (const key of ["dependencies", "devDependencies", "optionalDependencies"]) {
      if (JSON.stringify(pkg[key] ?? {}) !== JSON.stringify(rootEntry[key] ?? {})) return false;
    }
    for (const [name, entry] of Object.entries(have)) {
      if (want[name]?.version !== entry.version) return false;
    }
    for (const [name, entry] of Object.entries(want)) {
      if (name === "" || !name.includes("node_modules/")) continue;
      // Optional packages for other platforms are in the lock but rightly not installed.
      if (!have[name] && !entry.optional && !entry.devOptional) return false;
    }
    return true;
  } catch {
    return false;
  }
}

/** How to run npm: the same npm that is running us when possible (npm sets npm_execpath). */
export function npmCommand(args) {
  const execPath = process.env.npm_execpath;
  const useExecPath = Boolean(execPath && /npm-cli\.[cm]?js$/.test(execPath) && existsSync(execPath));
  return {
    command: useExecPath ? process.execPath : process.platform === "win32" ? "npm.cmd" : "npm",
    args: useExecPath ? [execPath, ...args] : args,
    shell: !useExecPath && process.platform === "win32",
  };
}

function runNpm(dir, args) {
  const npm = npmCommand(args);
  return runChild(npm.command, npm.args, { cwd: dir, shell: npm.shell });
}

function runChild(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "inherit", "inherit"], ...options });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(signal ? 128 + (signalNumber(signal) ?? 1) : (code ?? 1)));
  });
}

function signalNumber(signal) {
  return { SIGHUP: 1, SIGINT: 2, SIGTERM: 15, SIGKILL: 9 }[signal];
}

/**
 * Installs dependencies when needed and regenerates the Prisma client when schema.prisma changed.
 * Returns what it did. Throws (with a message meant for the user) when npm fails.
 */
export async function ensureInstalled({ dir = root, log = (m) => console.log(m) } = {}) {
  const result = { installed: false, generated: false, reason: "" };
  const hasLock = existsSync(path.join(dir, "package-lock.json"));
  const nodeModules = path.join(dir, "node_modules");
  const stampPath = path.join(dir, INSTALL_STAMP);
  const fingerprint = installFingerprint(dir);

  let reason = "";
  if (!existsSync(nodeModules)) reason = "first run: installing dependencies";
  else if (existsSync(stampPath) && readFileSync(stampPath, "utf8").trim() === fingerprint) reason = "";
  // Changed (or never stamped): unless `npm install` has already brought node_modules in line.
  else if (!treeMatchesLock(dir)) {
    reason = existsSync(stampPath)
      ? "package-lock.json changed: reinstalling dependencies"
      : "node_modules does not match package-lock.json: reinstalling dependencies";
  }

  if (reason) {
    log(`» ${reason} (npm ${hasLock ? "ci" : "install"}) …`);
    const code = await runNpm(dir, hasLock ? ["ci", "--no-audit", "--no-fund"] : ["install", "--no-audit", "--no-fund"]);
    if (code !== 0) throw new Error(`npm ${hasLock ? "ci" : "install"} failed (exit code ${code})`);
    result.installed = true;
    result.reason = reason;
  }
  // Stamp with the state after the install (npm install may have written the lock).
  writeFileSync(stampPath, `${installFingerprint(dir)}\n`);

  // The generated Prisma client is not in git and goes stale when schema.prisma changes.
  const schemaPath = path.join(dir, "prisma/schema.prisma");
  if (existsSync(schemaPath)) {
    const prismaPkg = path.join(dir, "node_modules/prisma/package.json");
    const prismaVersion = existsSync(prismaPkg) ? String(readJson(prismaPkg).version) : "none";
    const want = sha256(readFileSync(schemaPath), prismaVersion);
    const prismaStamp = path.join(dir, PRISMA_STAMP);
    const stamped = existsSync(prismaStamp) ? readFileSync(prismaStamp, "utf8").trim() : "";
    const clientExists = existsSync(path.join(dir, GENERATED_CLIENT));
    // `npm ci` has just run the postinstall script, which generated the client.
    if (!(clientExists && (stamped === want || result.installed))) {
      log("» generating the Prisma client (prisma/schema.prisma changed) …");
      const code = await runChild(process.execPath, [path.join(dir, "scripts/db/generate.mjs")], { cwd: dir });
      if (code !== 0) throw new Error(`prisma generate failed (exit code ${code})`);
      result.generated = true;
    }
    writeFileSync(prismaStamp, `${want}\n`);
  }
  return result;
}
