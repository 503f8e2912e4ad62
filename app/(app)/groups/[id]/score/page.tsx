import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { getGroup } from "@/lib/dal/groups";
import { orNotFound } from "@/lib/http/not-found";
import { CAPABILITY_FACTORS, HARM_FACTORS } from "@/lib/domain/scoring";
import { scoreGroupAction } from "../../actions";
import { ScoringForm } from "./scoring-form";

export const metadata = { title: "Score group" };

export default async function ScoreGroupPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("groups:score");
  const { id } = await params;
  const group = await orNotFound(getGroup(actor, id));
  if (group.audience !== "police") notFound();
  const last = group.scorings[0];
  // Start from the newest scoring, so a rescore changes only what has changed.
  const initial: Record<string, string> = last
    ? { ...Object.fromEntries([...CAPABILITY_FACTORS, ...HARM_FACTORS].map((f) => [f, last[f]])), likelihood: last.likelihood, confidence: last.confidence }
    : { ...Object.fromEntries([...CAPABILITY_FACTORS, ...HARM_FACTORS].map((f) => [f, "UNKNOWN"])), likelihood: "UNKNOWN", confidence: "MEDIUM" };
  return (
    <>
      <PageHeader title={`Score ${group.reference} ${group.name}`} description={last ? `Last scored ${last.score}/100, band ${last.band}. Each scoring is kept; this adds a new one.` : "This group has not been scored yet."} />
      <ScoringForm action={scoreGroupAction.bind(null, group.id)} initial={initial} cancelHref={`/groups/${group.id}`} />
    </>
  );
}
