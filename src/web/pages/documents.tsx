// The stored readouts: filter by words, kind and year; newest first.
import { ROUTES } from '../../routes/index.ts';
import { Empty, Pager, TableWrap } from '../layout.tsx';
import { docHref, formatDate } from '../format.ts';
import { definePage } from '../page.ts';

const KINDS = ['summary-of-results', 'overview', 'readout', 'joint-statement', 'press-release', 'transcript', 'other'];

export const documentsPage = definePage(ROUTES.documents, ({ data: page, input: options, query, path }) => {
  return {
    title: 'Documents',
    section: 'documents',
    body: () => (
      <>
        <h1>Documents</h1>
        <form class="filters" method="get" action="/documents" aria-label="Filter documents">
          <label>Title or source <input type="search" name="q" value={options.q ?? ''} /></label>
          <label>Kind
            <select name="kind">
              <option value="">any</option>
              {KINDS.map((k) => <option value={k} selected={options.kind === k}>{k}</option>)}
            </select>
          </label>
          <label>Year <input type="number" name="year" min="1000" max="9999" value={options.year === undefined ? '' : String(options.year)} /></label>
          <button type="submit">Filter</button>
        </form>
        {page.items.length ? (
          <TableWrap label="Documents">
            <table>
              <caption>{page.total} document{page.total === 1 ? '' : 's'}</caption>
              <thead><tr><th scope="col">Date</th><th scope="col">Title</th><th scope="col">Kind</th><th scope="col">Statements</th><th scope="col">Commitments</th><th scope="col">Signed</th></tr></thead>
              <tbody>
                {page.items.map((d) => (
                  <tr>
                    <td>{formatDate(d.date)}</td>
                    <td><a href={docHref(d.docId)}>{d.title}</a>{d.current ? null : <span class="muted"> (superseded)</span>}</td>
                    <td>{d.kind}</td><td>{d.counts.statements}</td><td>{d.counts.commitments}</td><td>{d.counts.documents}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        ) : <Empty>No document matches.</Empty>}
        <Pager path={path} query={query} total={page.total} limit={page.limit} offset={page.offset} />
      </>
    ),
  };
});
