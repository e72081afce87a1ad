// People across documents, most documents first; filter by name.
import { ROUTES } from '../../routes/index.ts';
import { Empty, Pager, TableWrap } from '../layout.tsx';
import { formatDate, partyName, personHref } from '../format.ts';
import { definePage } from '../page.ts';

export const peoplePage = definePage(ROUTES.people, ({ data: page, input: options, query, path }) => {
  return {
    title: 'People',
    section: 'people',
    body: () => (
      <>
        <h1>People</h1>
        <form class="filters" method="get" action="/people" aria-label="Filter people">
          <label>Name <input type="search" name="q" value={options.q ?? ''} /></label>
          <button type="submit">Filter</button>
        </form>
        {page.items.length ? (
          <TableWrap label="People">
            <table>
              <caption>{page.total} {page.total === 1 ? 'person' : 'people'}</caption>
              <thead><tr><th scope="col">Name</th><th scope="col">Latest role</th><th scope="col">Country</th><th scope="col">Seen</th><th scope="col">Documents</th><th scope="col">Statements</th></tr></thead>
              <tbody>
                {page.items.map((p) => (
                  <tr>
                    <td><a href={personHref(p.id)}>{p.name}</a>{p.names.length > 1 ? <div class="muted">also {p.names.filter((n) => n !== p.name).join(', ')}</div> : null}</td>
                    <td>{p.title ?? '—'}</td><td>{partyName(p.country) || '—'}</td>
                    <td>{p.firstSeen === p.lastSeen ? formatDate(p.firstSeen) : `${formatDate(p.firstSeen)} – ${formatDate(p.lastSeen)}`}</td>
                    <td>{p.documents}</td><td>{p.statements}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        ) : <Empty>No one matches.</Empty>}
        <Pager path={path} query={query} total={page.total} limit={page.limit} offset={page.offset} />
      </>
    ),
  };
});
