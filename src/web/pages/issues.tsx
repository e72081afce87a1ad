// Issues of the taxonomy, with how often each is raised across the readouts.
import { ROUTES } from '../../routes/index.ts';
import { Empty, TableWrap } from '../layout.tsx';
import { formatDate, issueHref } from '../format.ts';
import { definePage } from '../page.ts';

export const issuesPage = definePage(ROUTES.issues, ({ data, view }) => {
  const all = data.items;
  // Issues never raised stay in the JSON; the page lists them only when asked.
  const showAll = view.all === true;
  const items = showAll ? all : all.filter((i) => i.readouts > 0);
  return {
    title: 'Issues',
    section: 'issues',
    body: () => (
      <>
        <h1>Issues</h1>
        <p class="sub">{all.filter((i) => i.readouts > 0).length} of {all.length} issues are raised in the readouts. {showAll ? <a href="/issues">Show raised issues only</a> : <a href="/issues?all=1">Show all issues</a>}</p>
        {items.length ? (
          <TableWrap label="Issues">
            <table>
              <thead><tr><th scope="col">Issue</th><th scope="col">Readouts</th><th scope="col">Statements</th><th scope="col">Commitments</th><th scope="col">Signed</th><th scope="col">Seen</th></tr></thead>
              <tbody>
                {items.map((i) => (
                  <tr>
                    <td><a href={issueHref(i.id)}>{i.name}</a></td><td>{i.readouts}</td><td>{i.statements}</td><td>{i.commitments}</td><td>{i.signedDocuments}</td>
                    <td>{i.firstSeen ? (i.firstSeen === i.lastSeen ? formatDate(i.firstSeen) : `${formatDate(i.firstSeen)} – ${formatDate(i.lastSeen)}`) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        ) : <Empty>No issue is raised yet.</Empty>}
      </>
    ),
  };
});
