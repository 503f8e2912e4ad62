// Loads the Northbridge demo data into an empty database. Never touches a database that already
// has users. `npm start` calls seedIfEmpty in demo mode; run by hand with DATABASE_URL set.
import { pathToFileURL } from "node:url";
import { createDb } from "../../lib/db/client";
import { seedDemo } from "../../lib/db/seed/demo";

export async function seedIfEmpty(databaseUrl: string): Promise<boolean> {
  const db = createDb(databaseUrl, 2);
  try {
    if ((await db.user.count()) > 0) return false;
    await seedDemo(db);
    return true;
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set");
    process.exit(2);
  }
  const seeded = await seedIfEmpty(url);
  console.log(seeded ? "Loaded the Northbridge demo data." : "The database already has users: demo data not loaded.");
}
