// The registry of signed and issued documents: filter by kind, party, year and entry into force;
// sort by any column (server-side, so it works without JavaScript).
import { ROUTES, type SignedSort } from '../../routes/index.ts';
import { Empty, Pager, TableWrap } from '../layout.tsx';
import { docHref, formatDate, partyName, withQuery } from '../format.ts';
import { definePage } from '../page.ts';

const KINDS = ['treaty', 'agreement', 'memorandum', 'mou', 'joint-statement', 'joint-press-release', 'program', 'implementing-arrangement', 'other'];
const ALL = 10000;

export const signedPage = definePage(ROUTES.signedRegistry, async ({ data, input: options, store, query, path }) => {
  const { items, total, sort, dir } = data;
  // Every party of the registry, offered as choices for the filter.
  const parties = [...new Set((await store.listSignedDocuments({ limit: ALL })).items.flatMap((r) => r.parties))]
    .sort((a, b) => partyName(a).localeCompare(partyName(b)));
  const header = (k: SignedSort, label: string) => {
    const active = sort === k;
    const nextDir = active && dir === 'asc' ? 'desc' : 'asc';
    return (
      <th scope="col" aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <a href={withQuery(path, query, { sort: k, dir: nextDir, offset: undefined })}>{label}{active ? (dir === 'asc' ? ' ▲' : ' ▼') : ''}</a>
      </th>
    );
  };
  return {
    title: 'Signed documents',
    section: 'signed',
    body: () => (
      <>
        <h1>Signed documents</h1>
        <form class="filters" method="get" action="/signed-documents" aria-label="Filter signed documents">
          <label>Kind
            <select name="kind"><option value="">any</option>{KINDS.map((k) => <option value={k} selected={options.kind === k}>{k}</option>)}</select>
          </label>
          <label>Party
            <select name="party"><option value="">any</option>{parties.map((p) => <option value={p} selected={options.party?.toLowerCase() === p.toLowerCase()}>{partyName(p)}</option>)}</select>
          </label>
          <label>Year <input type="number" name="year" min="1000" max="9999" value={options.year === undefined ? '' : String(options.year)} /></label>
          <label>Entry into force
            <select name="entryIntoForce">
              <option value="">any</option>
              <option value="on-signature" selected={options.entryIntoForce === 'on-signature'}>on signature</option>
              <option value="after-approval" selected={options.entryIntoForce === 'after-approval'}>after approval</option>
            </select>
          </label>
          <input type="hidden" name="sort" value={sort} /><input type="hidden" name="dir" value={dir} />
          <button type="submit">Filter</button>
        </form>
        {items.length ? (
          <TableWrap label="Signed documents">
            <table class="registry stack">
              <caption>{total} document{total === 1 ? '' : 's'}; select a column heading to sort by it</caption>
              <thead><tr>
                {header('title', 'Title')}{header('kind', 'Kind')}{header('parties', 'Parties')}<th scope="col">Signatories</th>
                {header('date', 'Date')}{header('entryIntoForce', 'Entry into force')}{header('source', 'Source')}
              </tr></thead>
              <tbody>
                {items.map((r) => (
                  <tr>
                    <td data-label="Title">{r.title}{r.category ? <div class="muted">{r.category}</div> : null}</td>
                    <td data-label="Kind">{r.kind}</td>
                    <td data-label="Parties">{r.parties.map(partyName).join(', ') || '—'}</td>
                    <td data-label="Signatories">{r.signatories.map((s) => (s.title ? `${s.name} (${s.title})` : s.name)).join('; ') || '—'}</td>
                    <td data-label="Date">{formatDate(r.date)}{r.signedAtCeremony ? <div class="muted">at the ceremony</div> : null}</td>
                    <td data-label="Entry into force">{r.entryIntoForce === 'on-signature' ? 'on signature' : r.entryIntoForce === 'after-approval' ? 'after approval' : '—'}</td>
                    <td data-label="Source"><a href={docHref(r.docId, r.span)}>{r.docTitle}</a></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        ) : <Empty>No signed document matches.</Empty>}
        <Pager path={path} query={query} total={total} limit={data.limit} offset={data.offset} />
      </>
    ),
  };
});
