// A horizontal bar chart that is a real table: each row is a row header (the label, a link when
// there is somewhere to go) and a cell with the value as text. The bars are decoration inside the
// row header, hidden from assistive technology, so a screen reader reads "label, value" and never
// a shape. No client JavaScript: widths are plain CSS percentages of the largest value. In forced
// colours (Windows high contrast) the track keeps a border and the bar is drawn in CanvasText.
import Link from "next/link";
import { useId } from "react";

export type BarListDatum = { label: string; value: number; href?: string };

export function BarList({
  title,
  caption,
  data,
  valueLabel,
  emptyText,
}: {
  title: string;
  caption?: string;
  data: BarListDatum[];
  valueLabel: (n: number) => string;
  emptyText: string;
}) {
  const id = useId();
  const headingId = `${id}-title`;
  const captionId = `${id}-caption`;
  const value = (n: number) => (Number.isFinite(n) && n > 0 ? n : 0);
  const max = data.reduce((m, d) => Math.max(m, value(d.value)), 0);
  // A non-zero value always shows a sliver of bar, however small next to the largest.
  const width = (n: number) => (max === 0 || value(n) === 0 ? 0 : Math.max(2, Math.round((value(n) / max) * 1000) / 10));

  return (
    <section aria-labelledby={headingId} className="card min-w-0">
      <h2 id={headingId} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {caption ? (
        <p id={captionId} className="mt-1 text-sm text-slate-700">
          {caption}
        </p>
      ) : null}
      {data.length === 0 ? (
        <p className="mt-3 text-sm text-slate-700">{emptyText}</p>
      ) : (
        <table className="mt-3 w-full border-collapse text-sm" aria-describedby={caption ? captionId : undefined}>
          <caption className="sr-only">{title}</caption>
          <tbody>
            {data.map((d, index) => (
              <tr key={`${index}-${d.label}`} className="border-t border-slate-100 first:border-t-0">
                <th scope="row" className="py-2 pr-3 text-left align-bottom font-normal text-slate-900">
                  <span className="block [overflow-wrap:anywhere]">{d.href ? <Link href={d.href}>{d.label}</Link> : d.label}</span>
                  <span aria-hidden="true" className="mt-1.5 block h-3 w-full overflow-hidden rounded-sm bg-slate-100 forced-colors:border">
                    <span className="block h-full rounded-sm bg-brand-700 forced-colors:bg-[color:CanvasText] forced-colors:forced-color-adjust-none" style={{ width: `${width(d.value)}%` }} />
                  </span>
                </th>
                <td className="w-px py-2 text-right align-bottom font-semibold whitespace-nowrap text-slate-900 tabular-nums">{valueLabel(d.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
