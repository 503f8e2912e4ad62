// What the person form held when it was re-submitted as a GET to narrow the agency list.
import type { FormParams } from "@/components/forms/form-params";
import { AGE_GROUP, RISK_LEVEL, VULNERABILITIES } from "@/lib/domain/case-record";
import type { PersonFormValues } from "./person-form";

export function personFormParams(q: FormParams): Partial<PersonFormValues> {
  return {
    name: q.text("name", 120),
    dateOfBirth: q.text("dateOfBirth", 10),
    ageYears: q.text("ageYears", 10),
    ageGroup: q.oneOf("ageGroup", AGE_GROUP.values),
    address: q.text("address", 300),
    vulnerabilities: q.list("vulnerabilities").filter((v) => (VULNERABILITIES.values as readonly string[]).includes(v)),
    riskLevel: q.oneOf("riskLevel", RISK_LEVEL.values),
    leadAgencyId: q.text("leadAgencyId", 36),
    consentRecorded: q.checked("consentRecorded"),
    sharedAgencyIds: q.list("sharedAgencyIds", 100),
    notes: q.text("notes", 20_000),
  };
}
