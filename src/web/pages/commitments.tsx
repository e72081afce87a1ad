// The commitment tracker: by status (overdue, open, kept), with due dates, reasons and evidence.
import type { CommitmentRow } from '../../store/index.ts';
import { ROUTES } from '../../routes/index.ts';
import { ActorList, Empty, Pager, StatusBadge, TableWrap } from '../layout.tsx';
import { STATUS_LABELS, docHref, formatDate, formatRange } from '../format.ts';
import { definePage } from '../page.ts';

const ORDER = ['overdue', 'open', 'kept'] as const;

const Rows = ({ rows }: { rows: CommitmentRow[] }) => (
  <TableWrap label="Commitments">
    <table class="stack">
      <thead><tr><th scope="col">Who</th><th scope="col">Commitment</th><th scope="col">Due</th><th scope="col">Status</th><th scope="col">Evidence</th></tr></thead>
      <tbody>
        {rows.map((c) => (
          <tr id={`c-${c.docId.slice(0, 12)}-${c.commitmentId}`}>
            <td data-label="Who"><ActorList actors={c.actors} /></td>
            <td data-label="Commitment">{c.action} <span class="muted">({c.modality})</span><div class="muted"><a href={docHref(c.docId, c.span)}>{c.docTitle}</a>, {formatDate(c.docDate)}</div></td>
            <td data-label="Due">{c.due ? <>{formatRange(c.due.start, c.due.end)}<div class="muted">“{c.due.text}”</div></> : <span class="muted">no date given</span>}</td>
            <td data-label="Status"><StatusBadge status={c.status} /><div class="muted">{c.reason}</div></td>
            <td data-label="Evidence">{c.evidence ? (
              <div class="evidence">
                <a href={docHref(c.evidence.docId, c.evidence.span)}>{c.evidence.docTitle}</a> ({formatDate(c.evidence.date)})
                <blockquote>{c.evidence.excerpt}</blockquote>
              </div>
            ) : <span class="muted">none yet</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </TableWrap>
);

export const commitmentsPage = definePage(ROUTES.commitmentTracker, ({ data: page, input: options, query, path }) => {
  const { asOf } = page;
  const groups = ORDER.map((status) => ({ status, rows: page.items.filter((c) => c.status === status) })).filter((g) => g.rows.length);
  return {
    title: 'Commitments',
    section: 'commitments',
    body: () => (
      <>
        <h1>Commitments</h1>
        <p class="sub">Statuses as of {formatDate(asOf)}: a commitment is kept when a later readout shows it done, overdue when its due window has passed without that.</p>
        <form class="filters" method="get" action="/commitments" aria-label="Filter commitments">
          <label>Status
            <select name="status"><option value="">any</option>{ORDER.map((s) => <option value={s} selected={options.status === s}>{STATUS_LABELS[s]}</option>)}</select>
          </label>
          <label>Actor <input type="text" name="actor" value={options.actor ?? ''} /></label>
          <label>Due from <input type="date" name="dueFrom" value={options.dueFrom ?? ''} /></label>
          <label>Due to <input type="date" name="dueTo" value={options.dueTo ?? ''} /></label>
          <label>As of <input type="date" name="asOf" value={options.asOf ?? ''} /></label>
          <button type="submit">Filter</button>
        </form>
        <p>{page.total} commitment{page.total === 1 ? '' : 's'}: {ORDER.map((s) => `${page.items.filter((c) => c.status === s).length} ${s}`).join(', ')}{page.total > page.items.length ? ' on this page' : ''}.</p>
        {groups.length ? groups.map((g) => (
          <section aria-labelledby={`h-${g.status}`}>
            <h2 id={`h-${g.status}`}>{STATUS_LABELS[g.status]} <span class="muted">({g.rows.length})</span></h2>
            <Rows rows={g.rows} />
          </section>
        )) : <Empty>No commitment matches.</Empty>}
        <Pager path={path} query={query} total={page.total} limit={page.limit} offset={page.offset} />
      </>
    ),
  };
});
