// Demo data for Northbridge, a fictional city. Loaded by `npm start` into an empty database in
// demo mode, and by the end-to-end tests. Built with the same factories as the tests.
import type { AgencyType, PrismaClient } from "@/lib/generated/prisma/client";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo-accounts";
import { makeAgency, makeNeighbourhood, makeUser } from "../factories";
import { seedActions } from "./actions";
import { seedCaseRecord } from "./case-record";
import { seedConcerns } from "./concerns";
import { seedMeetings } from "./meetings";
import { seedReferrals } from "./referrals";

export const DEMO_AGENCIES: { name: string; type: AgencyType }[] = [
  { name: "Northbridge Police", type: "POLICE" },
  { name: "Northbridge Council Children's Social Care", type: "CHILDRENS_SOCIAL_CARE" },
  { name: "Northbridge Council Adult Social Care", type: "ADULT_SOCIAL_CARE" },
  { name: "Northbridge City Council Community Safety", type: "LOCAL_AUTHORITY" },
  { name: "Northbridge Homes", type: "HOUSING" },
  { name: "Northbridge NHS Foundation Trust", type: "HEALTH" },
  { name: "Northbridge Schools Partnership", type: "EDUCATION" },
  { name: "Probation Service North", type: "PROBATION" },
  { name: "Safe Harbour Northbridge", type: "VOLUNTARY_SECTOR" },
];

export const DEMO_NEIGHBOURHOODS = [
  { name: "Northbridge Central", code: "NB-CEN", areaCommand: "Northbridge City" },
  { name: "Riverside", code: "NB-RIV", areaCommand: "Northbridge City" },
  { name: "Canal Quarter", code: "NB-CAN", areaCommand: "Northbridge City" },
  { name: "Ashgrove Estate", code: "NB-ASH", areaCommand: "Northbridge East" },
  { name: "Millfield", code: "NB-MIL", areaCommand: "Northbridge East" },
  { name: "Harbour Road", code: "NB-HAR", areaCommand: "Northbridge East" },
  { name: "Kingsmoor", code: "NB-KIN", areaCommand: "Northbridge West" },
  { name: "Elm Park", code: "NB-ELM", areaCommand: "Northbridge West" },
];

/** Further colleagues, so lists and pickers look like a real force. */
const EXTRA_STAFF = [
  { name: "PC Tom Barker", role: "OFFICER", agency: "Northbridge Police", patch: ["NB-ASH", "NB-MIL"] },
  { name: "PCSO Lena Novak", role: "OFFICER", agency: "Northbridge Police", patch: ["NB-CAN"] },
  { name: "PC Marcus Reid", role: "OFFICER", agency: "Northbridge Police", patch: ["NB-KIN", "NB-ELM"] },
  { name: "PC Grace Whitaker", role: "OFFICER", agency: "Northbridge Police", patch: ["NB-HAR"] },
  { name: "Owen Price", role: "ANALYST", agency: "Northbridge Police", patch: [] },
  { name: "Sgt. Fiona Clarke", role: "SUPERVISOR", agency: "Northbridge Police", patch: [] },
  { name: "Ruth Adeyemi", role: "PARTNER", agency: "Northbridge Council Adult Social Care", patch: [] },
  { name: "Chris Doyle", role: "PARTNER", agency: "Northbridge City Council Community Safety", patch: [] },
  { name: "Dr Hannah Lowe", role: "PARTNER", agency: "Northbridge NHS Foundation Trust", patch: [] },
  { name: "Mark Ellison", role: "PARTNER", agency: "Northbridge Schools Partnership", patch: [] },
  { name: "Jo Fairweather", role: "PARTNER", agency: "Probation Service North", patch: [] },
  { name: "Bea Lindqvist", role: "PARTNER", agency: "Safe Harbour Northbridge", patch: [] },
] as const;

export async function seedDemo(db: PrismaClient): Promise<void> {
  await db.$transaction(
    async (tx) => {
      const agencies = new Map<string, string>();
      for (const a of DEMO_AGENCIES) agencies.set(a.name, (await makeAgency(tx, a)).id);
      const neighbourhoods = new Map<string, string>();
      for (const n of DEMO_NEIGHBOURHOODS) neighbourhoods.set(n.code, (await makeNeighbourhood(tx, n)).id);
      const agencyId = (name: string) => {
        const id = agencies.get(name);
        if (!id) throw new Error(`demo agency ${name} missing`);
        return id;
      };
      const users = new Map<string, string>();
      for (const account of DEMO_ACCOUNTS) {
        const patch = account.role === "OFFICER" ? ["NB-CEN", "NB-RIV"] : [];
        const user = await makeUser(tx, { email: account.email, name: account.name, role: account.role, agencyId: agencyId(account.agency), password: DEMO_PASSWORD, neighbourhoodIds: patch.map((c) => neighbourhoods.get(c)!) });
        users.set(user.email, user.id);
      }
      for (const s of EXTRA_STAFF) {
        const email = `${s.name.toLowerCase().replace(/^(pc|pcso|sgt\.|dr) /, "").replace(/[^a-z]+/g, ".")}@northbridge.example`;
        const user = await makeUser(tx, { email, name: s.name, role: s.role, agencyId: agencyId(s.agency), password: DEMO_PASSWORD, neighbourhoodIds: s.patch.map((c) => neighbourhoods.get(c)!) });
        users.set(user.email, user.id);
      }
      await seedCaseRecord(tx, { agencies, neighbourhoods, users });
      await seedConcerns(tx, { agencies, neighbourhoods, users });
      await seedActions(tx, { agencies, neighbourhoods, users });
      await seedReferrals(tx, { agencies, neighbourhoods, users });
      await seedMeetings(tx, { agencies, neighbourhoods, users });
      await tx.auditEvent.create({ data: { action: "system.demo_seeded", entityType: "System", summary: "Loaded the Northbridge demo data (fictional)" } });
    },
    { timeout: 60_000 },
  );
}
