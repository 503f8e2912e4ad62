import { readFile } from "node:fs/promises";
import path from "node:path";
import { marked } from "marked";
import { requireActor } from "@/lib/auth/actor";

export const metadata = { title: "How group scores are worked out" };

// docs/scoring.md ships with the build and does not change while the server runs, so it is read
// and turned into HTML once per process, not on every request (it was most of this page's cost).
let scoringHtml: Promise<string> | undefined;
function renderScoringDoc(): Promise<string> {
  if (!scoringHtml) {
    scoringHtml = readFile(path.join(process.cwd(), "docs/scoring.md"), "utf8").then((markdown) => marked.parse(markdown, { gfm: true }));
    // A failed read is not kept: the next request tries again.
    scoringHtml.catch(() => (scoringHtml = undefined));
  }
  return scoringHtml;
}

// docs/scoring.md is the one explanation of the local method, for analysts and for developers.
export default async function ScoringHelpPage() {
  await requireActor();
  const html = await renderScoringDoc();
  return <article className="prose-locus card max-w-3xl" dangerouslySetInnerHTML={{ __html: html }} />;
}
