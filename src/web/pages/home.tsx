// Home: the corpus at a glance: counts, meetings by year, commitments due soon and overdue, latest documents.
import type { CommitmentRow } from '../../store/index.ts';
import { ROUTES } from '../../routes/index.ts';
import { ActorList, Empty, StatusBadge } from '../layout.tsx';
import { docHref, formatDate, formatRange, withQuery } from '../format.ts';
import { definePage } from '../page.ts';

const CommitmentList = ({ rows }: { rows: CommitmentRow[] }) => (
  <ul class="plain">
    {rows.map((c) => (
      <li>
        <StatusBadge status={c.status} /> <ActorList actors={c.actors} />: {c.action}
        <div class="muted">
          {c.due ? <>due {formatRange(c.due.start, c.due.end)} · </> : null}
          <a href={docHref(c.docId, c.span)}>{c.docTitle}</a>
        </div>
      </li>
    ))}
  </ul>
);

export const homePage = definePage(ROUTES.home, ({ data, query }) => {
  const { stats, soonDays, dueSoon, overdue, latest } = data;
  const asOf = stats.asOf;
  const maxYear = Math.max(1, ...stats.meetingsByYear.map((y) => y.meetings));
  const commitmentsHref = (status: string) => withQuery('/commitments', {}, { status, asOf: query.asOf });
  return {
    title: 'The corpus at a glance',
    section: 'home',
    body: () => (
      <>
        <h1>The corpus at a glance</h1>
        <p class="sub">As of {formatDate(asOf)}.</p>
        <ul class="cards" aria-label="Counts">
          <li><a href="/documents"><span class="n">{stats.documents}</span> documents</a></li>
          <li><a href="/people"><span class="n">{stats.people}</span> people</a></li>
          <li><span class="n">{stats.statements}</span> statements</li>
          <li><a href="/signed-documents"><span class="n">{stats.signedDocuments}</span> signed documents</a></li>
          <li><a href="/commitments"><span class="n">{stats.commitments}</span> commitments</a></li>
          <li><a href={commitmentsHref('open')}><span class="n">{stats.commitmentsDueSoon}</span> due within {soonDays} days</a></li>
          <li class={stats.commitmentsOverdue ? 'warn' : ''}><a href={commitmentsHref('overdue')}><span class="n">{stats.commitmentsOverdue}</span> overdue</a></li>
        </ul>
        {stats.documents === 0 ? (
          <p>The store is empty. Add readouts with <code>readout ingest PATH</code>, or POST them to <code>/api/documents</code>.</p>
        ) : null}
        <div class="grid2">
          <section aria-labelledby="h-years">
            <h2 id="h-years">Meetings by year</h2>
            {stats.meetingsByYear.length ? (
              <ul class="bars">
                {stats.meetingsByYear.map((y) => (
                  <li>
                    <span>{y.year ?? 'undated'}</span>
                    <span class="bar" style={`width:${(100 * y.meetings) / maxYear}%`} aria-hidden="true"></span>
                    <span>{y.meetings}</span>
                  </li>
                ))}
              </ul>
            ) : <Empty>No meetings yet.</Empty>}
          </section>
          <section aria-labelledby="h-latest">
            <h2 id="h-latest">Latest documents</h2>
            {latest.length ? (
              <ul class="plain">
                {latest.map((d) => (
                  <li><a href={docHref(d.docId)}>{d.title}</a><div class="muted">{formatDate(d.date)} · {d.counts.statements} statements · {d.counts.commitments} commitments</div></li>
                ))}
              </ul>
            ) : <Empty>No documents yet.</Empty>}
          </section>
          <section aria-labelledby="h-soon">
            <h2 id="h-soon">Due within {soonDays} days</h2>
            {dueSoon.length ? <CommitmentList rows={dueSoon} /> : <Empty>Nothing falls due in the next {soonDays} days.</Empty>}
          </section>
          <section aria-labelledby="h-overdue">
            <h2 id="h-overdue">Overdue</h2>
            {overdue.length ? <CommitmentList rows={overdue.slice(0, 8)} /> : <Empty>No commitment is overdue.</Empty>}
            {overdue.length > 8 ? <p><a href={commitmentsHref('overdue')}>All {overdue.length} overdue commitments</a></p> : null}
          </section>
        </div>
      </>
    ),
  };
});
