import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";

/** The top of a record's paged "see all" page (links, concerns): the way back to the record, and the page's heading. */
export function RecordSubpageHeader({ recordHref, recordName, title, description }: { recordHref: string; recordName: string; title: string; description: string }) {
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={recordHref}>Back to {recordName}</Link>
      </p>
      <PageHeader title={title} description={description} />
    </>
  );
}
