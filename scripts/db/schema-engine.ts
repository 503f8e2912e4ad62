// Prisma's schema engine, compiled to WebAssembly, driven without its CLI: the CLI wants to
// download a native engine, which these machines cannot (docs/decisions/001-migrations-offline.md).
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);

type Engine = {
  diff(params: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  free(): void;
};

async function loadModule() {
  // The package's entry imports a .wasm module, which Node 20 cannot; wire it by hand.
  const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const dir = path.dirname(bgPath);
  const bg = await import(pathToFileURL(bgPath).href);
  const bytes = await readFile(path.join(dir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  return bg as { SchemaEngine: { new: (o: unknown, log: (m: string) => void, f: unknown) => Promise<Engine> } };
}

let modulePromise: ReturnType<typeof loadModule> | undefined;

export async function openSchemaEngine(
  datamodels: [string, string][],
  connectionString: string,
): Promise<Engine> {
  modulePromise ??= loadModule();
  const mod = await modulePromise;
  const factory = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString }));
  return mod.SchemaEngine.new({ datamodels }, () => {}, factory);
}
