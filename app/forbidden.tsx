import Link from "next/link";

export default function Forbidden() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-bold">You do not have access to this page</h1>
      <p className="mt-2 text-slate-700">Your role does not include this part of Locus. If you need it for your work, ask your administrator.</p>
      <p className="mt-4">
        <Link href="/">Go to your home page</Link>
      </p>
    </main>
  );
}
