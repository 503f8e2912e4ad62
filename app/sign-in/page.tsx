import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { isDemoMode } from "@/lib/demo";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo-accounts";
import { SignInForm } from "./sign-in-form";

export const metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  if (await getActor()) redirect("/");
  const { callbackUrl, error } = await searchParams;
  // Only ever return to a path on this site.
  const safeCallback = callbackUrl && callbackUrl.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/";
  const demo = isDemoMode();
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-md flex-col justify-center px-4 py-10">
      <h1 className="text-3xl font-bold text-brand-900">Locus</h1>
      <p className="mt-1 text-slate-700">One joined-up record of organised crime, shared on a need-to-know basis.</p>
      <div className="card mt-6">
        <h2 className="mb-4 text-xl font-semibold">Sign in</h2>
        <SignInForm callbackUrl={safeCallback} initialError={error && error !== "CredentialsSignin" ? error : undefined} />
      </div>
      {demo ? (
        <section aria-labelledby="demo-heading" className="card mt-6">
          <h2 id="demo-heading" className="font-semibold">
            Demo accounts
          </h2>
          <p className="mt-1 text-sm text-slate-700">
            This is a demonstration with data for <strong>Northbridge, a fictional city</strong>. Every account&apos;s password is <code className="rounded bg-slate-100 px-1">{DEMO_PASSWORD}</code>.
          </p>
          <ul className="mt-2 space-y-1 text-sm">
            {DEMO_ACCOUNTS.map((a) => (
              <li key={a.email}>
                <code>{a.email}</code> <span className="text-slate-700">— {a.description}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </main>
  );
}
