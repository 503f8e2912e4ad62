// npm run user:create -- --email ada@force.police.uk --name "Ada Lovelace" --role admin --agency "Northshire Police" [--agency-type police]
// Creates a user in DATABASE_URL (for the first administrator of a real deployment). The password
// is read from the terminal without echo, or from standard input when piped. The agency is created
// if it does not exist yet. Validated with the same schemas as the admin pages, and audited.
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { hashPassword } from "../lib/auth/password";
import { AGENCY_TYPES, roleAgencyMismatchMessage, roleFitsAgency, ROLES } from "../lib/auth/policy";
import { recordAudit } from "../lib/audit";
import { createDb } from "../lib/db/client";
import { zodFieldErrors } from "../lib/validation/fields";
import { createUserSchema } from "../lib/validation/admin";

const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" }, agency: { type: "string" }, "agency-type": { type: "string", default: "police" } },
});

function fail(message: string): never {
  console.error(message);
  console.error('usage: npm run user:create -- --email EMAIL --name "NAME" --role admin|officer|analyst|supervisor|partner --agency "AGENCY" [--agency-type police|housing|…]');
  process.exit(2);
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let text = "";
    for await (const chunk of process.stdin) text += chunk;
    return text.split(/\r?\n/)[0] ?? "";
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const ask = (q: string) =>
    new Promise<string>((resolve) => {
      const output = rl as unknown as { _writeToOutput: (s: string) => void };
      rl.question(q, resolve);
      output._writeToOutput = () => {}; // no echo while typing
    });
  const first = await ask("Password (at least 12 characters): ");
  process.stdout.write("\n");
  const second = await ask("Same password again: ");
  process.stdout.write("\n");
  rl.close();
  if (first !== second) fail("The passwords do not match.");
  return first;
}

const url = process.env.DATABASE_URL;
if (!url) fail("DATABASE_URL is not set: point it at the Locus database.");
const role = ROLES.find((r) => r === values.role?.toUpperCase()) ?? fail(`--role must be one of ${ROLES.join(", ").toLowerCase()}`);
const agencyType = AGENCY_TYPES.find((t) => t === values["agency-type"]?.toUpperCase().replace(/[- ]/g, "_")) ?? fail(`--agency-type must be one of ${AGENCY_TYPES.join(", ").toLowerCase()}`);
const agencyName = values.agency?.trim() || fail("--agency is required");
const password = await readPassword();

const db = createDb(url, 1);
try {
  const created = await db.$transaction(async (tx) => {
    const agency =
      (await tx.agency.findFirst({ where: { name: { equals: agencyName, mode: "insensitive" } } })) ??
      (await tx.agency.create({ data: { name: agencyName, type: agencyType } }));
    const parsed = createUserSchema.safeParse({ email: values.email, name: values.name, role, agencyId: agency.id, password, neighbourhoodIds: [] });
    if (!parsed.success) fail(Object.entries(zodFieldErrors(parsed.error)).map(([f, m]) => `${f}: ${m.join(", ")}`).join("\n"));
    if (!roleFitsAgency(role, agency.type)) fail(roleAgencyMismatchMessage(role));
    if (await tx.user.findUnique({ where: { email: parsed.data.email } })) fail(`A user with the email ${parsed.data.email} already exists.`);
    const user = await tx.user.create({ data: { email: parsed.data.email, name: parsed.data.name, role, agencyId: agency.id, passwordHash: await hashPassword(password) } });
    await recordAudit(tx, null, { action: "user.created", entityType: "User", entityId: user.id, summary: `Created user ${user.name} (${user.email}) from the command line`, details: { role, agencyId: agency.id, via: "user:create" } });
    return { user, agency };
  });
  console.log(`Created ${created.user.role.toLowerCase()} ${created.user.email} in ${created.agency.name}.`);
} finally {
  await db.$disconnect();
}
