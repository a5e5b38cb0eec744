import type { PeopleState } from './use-people';

interface Props {
  state: PeopleState;
  searching: boolean;
  onRetry(): void;
}

export function PeopleTable({ state, searching, onRetry }: Props) {
  if (state.status === 'loading') return <p className="list-message" aria-busy="true">Loading people…</p>;
  if (state.status === 'failed') {
    return (
      <div className="list-message error" role="alert">
        <p>{state.error.message}</p>
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      </div>
    );
  }
  if (state.items.length === 0) {
    return searching ? (
      <p className="list-message">Nobody matches that search.</p>
    ) : (
      <div className="empty-state">
        <p className="empty-title">No one here yet</p>
        <p>Add the first person who helped you — an interviewer, the friend who referred you, a mentor.</p>
      </div>
    );
  }
  return (
    <table className="people-table">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Address as</th>
          <th scope="col">Email</th>
        </tr>
      </thead>
      <tbody>
        {state.items.map((person) => (
          <tr key={person.id}>
            <th scope="row">
              <bdi>{person.fullName}</bdi>
            </th>
            <td>
              <bdi>{person.addressAs}</bdi>
            </td>
            <td className="email">{person.email ?? <span className="muted">No email</span>}</td>
          </tr>
        ))}
      </tbody>
      {state.total > state.items.length && (
        <tfoot>
          <tr>
            <td colSpan={3} className="muted">
              Showing the first {state.items.length} of {state.total}. Search to narrow the list.
            </td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
