// The demo agencies by a short key, for the seeds that refer to them (names as in DEMO_AGENCIES).
export const AGENCY = {
  police: "Northbridge Police",
  csc: "Northbridge Council Children's Social Care",
  asc: "Northbridge Council Adult Social Care",
  communitySafety: "Northbridge City Council Community Safety",
  homes: "Northbridge Homes",
  nhs: "Northbridge NHS Foundation Trust",
  schools: "Northbridge Schools Partnership",
  probation: "Probation Service North",
  safeHarbour: "Safe Harbour Northbridge",
} as const;
export type AgencyKey = keyof typeof AGENCY;
