// The demo accounts (README and sign-in page in demo mode). The seed creates exactly these.
import type { Role } from "@/lib/generated/prisma/enums";

export const DEMO_PASSWORD = "demo-password";

export type DemoAccount = { email: string; name: string; role: Role; agency: string; description: string };

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: "officer@locus.test", name: "PC Sam Okafor", role: "OFFICER", agency: "Northbridge Police", description: "neighbourhood officer, Northbridge Police (two neighbourhoods)" },
  { email: "analyst@locus.test", name: "Priya Desai", role: "ANALYST", agency: "Northbridge Police", description: "HQ analyst, Northbridge Police" },
  { email: "supervisor@locus.test", name: "Insp. Helen Marsh", role: "SUPERVISOR", agency: "Northbridge Police", description: "supervisor, Northbridge Police" },
  { email: "council@locus.test", name: "Dan Whitfield", role: "PARTNER", agency: "Northbridge Council Children's Social Care", description: "partner, Northbridge Council children's social care" },
  { email: "housing@locus.test", name: "Aisha Rahman", role: "PARTNER", agency: "Northbridge Homes", description: "partner, Northbridge Homes (housing)" },
  { email: "admin@locus.test", name: "Alex Morgan", role: "ADMIN", agency: "Northbridge Police", description: "administrator" },
];
