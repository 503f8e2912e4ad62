// Whether the production build in .next is current. `npm start` and `npm test` both call this, so
// a build made by one is reused by the other and `next build` runs only when a source changed.
//
// The hash covers the contents of every file the build reads (the app's folders, root config
// files, the Prisma schema, the lock file, .env files) and the environment variables that Next
// inlines into the build (NEXT_PUBLIC_*). Pages that read other variables (LOCUS_DEMO, …) must be
// dynamic: the same build serves every database and demo setting.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export const BUILD_HASH_FILE = ".next/locus-build-hash";

const SOURCE_DIRS = ["app", "components", "lib", "public", "src", "styles", "hooks", "types", "content", "messages", "prisma"];
const SKIP_DIRS = new Set(["node_modules", ".next", "generated", "migrations", "__tests__", "__mocks__"]);
const SKIP_FILE = /\.(test|spec)\.[cm]?[jt]sx?$|^\.DS_Store$/;
// Root files that are not part of the app build.
const ROOT_SKIP = /^(vitest|playwright|eslint)\.config\.|^\.eslintrc|^prisma\.config\.|^next-env\.d\.ts$|\.tsbuildinfo$/;
const ROOT_INCLUDE = /\.(m?[jt]sx?|c[jt]s|json)$|^\.env(\..+)?$|^\.browserslistrc$/;
const ENV_INCLUDE = /^(NEXT_PUBLIC_|NEXT_BASE_PATH$|BASE_PATH$)/;

function walk(root: string, rel: string, out: string[]) {
  const abs = path.join(root, rel);
  let entries;
  try {
    entries = readdirSync(abs, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const childRel = path.posix.join(rel, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith(".")) walk(root, childRel, out);
    } else if (entry.isFile() && !SKIP_FILE.test(entry.name)) {
      out.push(childRel);
    }
  }
}

export function buildInputs(root: string): string[] {
  const files: string[] = [];
  for (const dir of SOURCE_DIRS) walk(root, dir, files);
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (entry.isFile() && ROOT_INCLUDE.test(entry.name) && !ROOT_SKIP.test(entry.name)) files.push(entry.name);
  }
  return files.sort();
}

export function computeBuildHash(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const hash = createHash("sha256");
  for (const file of buildInputs(root)) {
    hash.update(file).update("\0");
    try {
      hash.update(readFileSync(path.join(root, file)));
    } catch {
      hash.update("<unreadable>");
    }
    hash.update("\0");
  }
  for (const key of Object.keys(env).filter((k) => ENV_INCLUDE.test(k)).sort()) {
    hash.update(`env:${key}=${env[key] ?? ""}\0`);
  }
  hash.update(`node:${process.version.split(".")[0]} ${process.platform}-${process.arch}`);
  return hash.digest("hex");
}

export type BuildState = { current: boolean; hash: string; reason: string };

export function buildState(root: string, env: NodeJS.ProcessEnv = process.env): BuildState {
  const hash = computeBuildHash(root, env);
  if (!existsSync(path.join(root, ".next/BUILD_ID"))) return { current: false, hash, reason: "no production build yet" };
  const stampFile = path.join(root, BUILD_HASH_FILE);
  const stamped = existsSync(stampFile) ? readFileSync(stampFile, "utf8").trim() : "";
  if (stamped !== hash) return { current: false, hash, reason: "the source changed since the last build" };
  return { current: true, hash, reason: "build is up to date" };
}

/** Call before `next build`: a half-finished build must never look current. */
export function clearBuildHash(root: string) {
  rmSync(path.join(root, BUILD_HASH_FILE), { force: true });
}

/** Call after `next build` succeeded, with the hash computed before it started. */
export function writeBuildHash(root: string, hash: string) {
  writeFileSync(path.join(root, BUILD_HASH_FILE), `${hash}\n`);
}

/**
 * Node flags for the production server (`npm start`, the benchmark). V8 otherwise lets the heap
 * grow towards a quarter of the machine's memory under allocation pressure (16 concurrent record
 * pages took the process past 800 MB with ~130 MB live); a bounded old space makes it collect
 * sooner, at no measured cost in latency (docs/benchmarks.md). LOCUS_HEAP_MB overrides it.
 */
export function productionNodeFlags(env: NodeJS.ProcessEnv = process.env): string[] {
  const mb = Number(env.LOCUS_HEAP_MB || 384);
  return Number.isInteger(mb) && mb >= 128 ? [`--max-old-space-size=${mb}`] : [];
}
