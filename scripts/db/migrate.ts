// npm run db:migrate: applies pending migrations to DATABASE_URL.
import { applyMigrations } from "./migrations";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set. (npm start migrates its embedded database itself.)");
  process.exit(2);
}
const applied = await applyMigrations(url);
console.log(applied.length ? `${applied.length} migration(s) applied` : "database is up to date");
