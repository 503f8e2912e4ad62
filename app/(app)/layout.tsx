import { AppHeader } from "@/components/layout/app-header";
import { requireActor } from "@/lib/auth/actor";
import { ROLE_LABELS } from "@/lib/auth/policy";
import { unreadCount } from "@/lib/dal/notifications";
import { navFor } from "@/lib/navigation";

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  const unread = await unreadCount(actor);
  return (
    <>
      <AppHeader items={navFor(actor)} user={{ name: actor.name, roleLabel: ROLE_LABELS[actor.role], agencyName: actor.agencyName }} unread={unread} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none">
        {children}
      </main>
      <footer className="mx-auto max-w-6xl px-4 pb-8 text-xs text-slate-600">
        Locus · need-to-know: every view and change is recorded in the audit trail.
      </footer>
    </>
  );
}
