// Runs `prisma generate` with no internet. Prisma's CLI first looks for its Rust schema engine
// and tries to download it; generate itself never runs it, so pointing the variable at any
// existing file is enough (see docs/decisions/001-migrations-offline.md).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const cli = path.join(root, "node_modules/prisma/build/index.js");
if (!existsSync(cli)) {
  console.error("prisma is not installed yet; run npm install");
  process.exit(1);
}
const result = spawnSync(process.execPath, [cli, "generate"], {
  cwd: root,
  stdio: ["ignore", "inherit", "inherit"],
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
process.exit(result.status ?? 1);
