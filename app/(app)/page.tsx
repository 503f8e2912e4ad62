import Link from "next/link";
import { Badge, PageHeader } from "@/components/ui/page-header";
import { requireActor, type Actor } from "@/lib/auth/actor";
import { AGENCY_TYPE_LABELS, ROLE_LABELS } from "@/lib/auth/policy";
import { homeSummary } from "@/lib/dal/home";
import { OC_CATEGORIES } from "@/lib/domain/indicators";

export const metadata = { title: "Home" };

type Card = { title: string; body: string; href?: string; soon?: boolean };

function cardsFor(actor: Actor): Card[] {
  switch (actor.role) {
    case "OFFICER":
      return [
        { title: "Log a concern", body: "Tell HQ what you have seen or heard: it takes a minute, on your phone.", soon: true },
        { title: "My concerns", body: "What happened to what you reported, with the analyst's outcome.", soon: true },
        { title: "My actions", body: "Actions tasked to you, overdue first.", soon: true },
        { title: "Groups on my patch", body: "Organised crime groups active in your neighbourhoods.", soon: true },
      ];
    case "ANALYST":
      return [
        { title: "Triage queue", body: "New concerns waiting for grading and linking, oldest first.", soon: true },
        { title: "Groups", body: "Profiles, members, places and priority scores.", soon: true },
        { title: "Nominals and people at risk", body: "Search by name or alias across the joined-up record.", soon: true },
      ];
    case "SUPERVISOR":
      return [
        { title: "Tasking meetings", body: "Plan, run and minute meetings; agendas proposed for you.", soon: true },
        { title: "Overdue actions", body: "Actions past their due date, by agency.", soon: true },
        { title: "Audit trail", body: "Who saw and changed what, and when.", href: "/audit" },
      ];
    case "PARTNER":
      return [
        { title: "Shared with my agency", body: `Groups and people shared with ${actor.agencyName} on a need-to-know basis.`, soon: true },
        { title: "My agency's actions", body: "Safeguarding and prevention actions your agency owns.", soon: true },
        { title: "Referrals", body: "Referrals made to your agency and their decisions.", soon: true },
      ];
    case "ADMIN":
      return [
        { title: "Users", body: "Create, edit and disable accounts; reset passwords.", href: "/admin/users" },
        { title: "Agencies", body: "Police forces and partner agencies.", href: "/admin/agencies" },
        { title: "Neighbourhoods", body: "Areas and area commands officers cover.", href: "/admin/neighbourhoods" },
        { title: "Audit trail", body: "Sign-ins, lockouts and every administrative change.", href: "/audit" },
      ];
  }
}

export default async function HomePage() {
  const actor = await requireActor();
  const summary = await homeSummary(actor);
  return (
    <>
      <PageHeader
        title={`Welcome, ${actor.name}`}
        description={
          <>
            You are signed in as <strong>{ROLE_LABELS[actor.role]}</strong> at <strong>{actor.agencyName}</strong> ({AGENCY_TYPE_LABELS[actor.agencyType]}).
            {summary.patch.length ? <> Your neighbourhoods: {summary.patch.join(", ")}.</> : null}
          </>
        }
      />

      {summary.admin ? (
        <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-4">
          {[
            ["Active users", summary.admin.users],
            ["Agencies", summary.admin.agencies],
            ["Neighbourhoods", summary.admin.neighbourhoods],
            ["Locked accounts", summary.admin.locked],
          ].map(([label, value]) => (
            <div key={label} className="card">
              <dt className="text-sm text-slate-700">{label}</dt>
              <dd className="text-2xl font-bold">{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}

      <section aria-labelledby="work-heading">
        <h2 id="work-heading" className="sr-only">
          Your work
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {cardsFor(actor).map((card) => (
            <li key={card.title} className="card flex flex-col gap-2">
              <h3 className="text-lg font-semibold">{card.href ? <Link href={card.href}>{card.title}</Link> : card.title}</h3>
              <p className="text-sm text-slate-700">{card.body}</p>
              {card.soon ? (
                <p>
                  <Badge>Coming soon</Badge>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      {actor.role === "OFFICER" || actor.role === "PARTNER" ? (
        <section aria-labelledby="recognise-heading" className="mt-8">
          <h2 id="recognise-heading" className="text-xl font-bold">
            Recognising organised crime
          </h2>
          <p className="mt-1 max-w-3xl text-slate-700">
            Organised crime is behind up to 17% of crime in some neighbourhoods, yet it is rarely recognised on the ground. These are the signs to look for.
          </p>
          <div className="mt-3 grid gap-3 md:grid-cols-2">
            {OC_CATEGORIES.map((c) => (
              <details key={c.key} className="card">
                <summary className="cursor-pointer font-semibold">{c.label}</summary>
                <p className="mt-2 text-sm text-slate-700">{c.summary}</p>
                <ul className="mt-2 list-disc pl-5 text-sm">
                  {c.indicators.map((i) => (
                    <li key={i}>{i}</li>
                  ))}
                </ul>
              </details>
            ))}
          </div>
        </section>
      ) : null}
    </>
  );
}
