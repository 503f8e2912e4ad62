import { readFile } from "node:fs/promises";
import path from "node:path";
import { marked } from "marked";
import { requireActor } from "@/lib/auth/actor";

export const metadata = { title: "How group scores are worked out" };

// docs/scoring.md is the one explanation of the local method, for analysts and for developers.
export default async function ScoringHelpPage() {
  await requireActor();
  const markdown = await readFile(path.join(process.cwd(), "docs/scoring.md"), "utf8");
  const html = await marked.parse(markdown, { gfm: true });
  return <article className="prose-locus card max-w-3xl" dangerouslySetInnerHTML={{ __html: html }} />;
}
