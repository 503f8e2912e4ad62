import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="mt-2 text-slate-700">There is nothing here, or it is not shared with you. Check the address, or start again from your home page.</p>
      <p className="mt-4">
        <Link href="/">Go to your home page</Link>
      </p>
    </main>
  );
}
