import { createColumnHelper, rowSortingFeature, tableFeatures, useTable, type SortingState, type Updater } from '@tanstack/react-table';
import { useMemo, type MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { PeopleSort, PersonSummary } from '../../../shared';
import { shortDate } from '../lib/time-text';
import { Icon } from '../ui/Icon';
import { ThanksProgress } from '../ui/ThanksProgress';
import { TagList } from './TagList';

interface ColumnMeta {
  /** The label shown before the value when rows are stacked in a narrow window. */
  label: string;
  className: string;
}

// Sorting is done by SQLite (`manualSorting`); the table holds the sort state and the markup.
const features = tableFeatures({ rowSortingFeature, columnMeta: {} as ColumnMeta });
const helper = createColumnHelper<typeof features, PersonSummary>();

/** Column ids are the contract's sort keys, so a header click maps straight onto `people.list`. */
const columns = helper.columns([
  helper.accessor('fullName', {
    id: 'name',
    header: 'Name',
    meta: { label: 'Name', className: 'col-name' },
    cell: ({ row }) => (
      <Link to={`/people/${row.original.id}`} className="pp-name-link">
        <bdi>{row.original.fullName}</bdi>
      </Link>
    ),
  }),
  helper.accessor('company', {
    id: 'company',
    header: 'Company',
    meta: { label: 'Company', className: 'col-company' },
    cell: ({ row }) => {
      const { company, title } = row.original;
      if (!company && !title) return <span className="muted pp-empty">—</span>;
      return (
        <div>
          {/* Block wrappers keep right-to-left values aligned with the rest of the column. */}
          {company && (
            <span className="pp-company">
              <bdi>{company}</bdi>
            </span>
          )}
          {title && (
            <span className="pp-job-title">
              <bdi>{title}</bdi>
            </span>
          )}
        </div>
      );
    },
  }),
  helper.accessor('email', {
    id: 'email',
    header: 'Email',
    enableSorting: false,
    meta: { label: 'Email', className: 'col-email' },
    cell: ({ getValue }) => {
      const email = getValue();
      return email ? <span className="pp-email" title={email}>{email}</span> : <span className="muted pp-empty">—</span>;
    },
  }),
  helper.accessor('tags', {
    id: 'tags',
    header: 'Tags',
    enableSorting: false,
    meta: { label: 'Tags', className: 'col-tags' },
    cell: ({ getValue }) => (getValue().length ? <TagList tags={getValue()} max={2} /> : <span className="muted pp-empty">—</span>),
  }),
  helper.accessor('thanksSent', {
    id: 'thanked',
    header: 'Thanked',
    // First click: the people still owed the most thanks on top.
    sortDescFirst: true,
    meta: { label: 'Thanked', className: 'col-thanked' },
    cell: ({ row }) => <ThanksProgress variant="owed" sent={row.original.thanksSent} total={row.original.thanksTotal} />,
  }),
  helper.accessor('lastOccasionAt', {
    id: 'lastOccasion',
    header: 'Last occasion',
    sortDescFirst: true,
    meta: { label: 'Last occasion', className: 'col-last' },
    cell: ({ getValue }) => {
      const at = getValue();
      return at ? <time dateTime={at}>{shortDate(at)}</time> : <span className="muted">None yet</span>;
    },
  }),
]);

const SORTABLE = new Set<string>(['name', 'company', 'thanked', 'lastOccasion']);

export const SORT_LABELS: Record<PeopleSort, string> = {
  name: 'name',
  company: 'company',
  thanked: 'thank-yous still owed',
  lastOccasion: 'last occasion',
  added: 'date added',
};

interface Props {
  people: PersonSummary[];
  sort: PeopleSort;
  direction: 'asc' | 'desc';
  onSortChange(sort: PeopleSort, direction: 'asc' | 'desc'): void;
  busy: boolean;
}

export function PeopleTable({ people, sort, direction, onSortChange, busy }: Props) {
  const navigate = useNavigate();
  const sorting = useMemo<SortingState>(() => [{ id: sort, desc: direction === 'desc' }], [sort, direction]);

  const table = useTable({
    features,
    columns,
    data: people,
    getRowId: (person) => String(person.id),
    manualSorting: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    state: { sorting },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const first = next[0];
      if (first && SORTABLE.has(first.id)) onSortChange(first.id as PeopleSort, first.desc ? 'desc' : 'asc');
    },
  });

  // A click anywhere on a row opens the person; the name link is the keyboard (and middle-click) way.
  function openRow(event: MouseEvent<HTMLTableRowElement>, id: number) {
    const target = event.target as HTMLElement;
    if (target.closest('a, button') || window.getSelection()?.toString()) return;
    void navigate(`/people/${id}`);
  }

  return (
    <table className="people-grid" aria-busy={busy || undefined}>
      <caption className="visually-hidden">
        People, sorted by {SORT_LABELS[sort]}, {direction === 'asc' ? 'ascending' : 'descending'}
      </caption>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => {
              const column = header.column;
              const meta = column.columnDef.meta;
              const sorted = column.getIsSorted();
              const ariaSort = sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined;
              return (
                <th key={header.id} scope="col" className={meta?.className} aria-sort={ariaSort}>
                  {column.getCanSort() ? (
                    <button type="button" className={sorted ? 'pp-sort sorted' : 'pp-sort'} onClick={column.getToggleSortingHandler()}>
                      <table.FlexRender header={header} />
                      <span className="pp-sort-icon" aria-hidden="true">
                        <Icon name={sorted === 'desc' ? 'sort-desc' : 'sort-asc'} />
                      </span>
                    </button>
                  ) : (
                    <span className="pp-header-label">
                      <table.FlexRender header={header} />
                    </span>
                  )}
                </th>
              );
            })}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr key={row.id} onClick={(event) => openRow(event, row.original.id)} className={row.original.archivedAt ? 'archived' : undefined}>
            {row.getAllCells().map((cell) => {
              const meta = cell.column.columnDef.meta;
              const content = <table.FlexRender cell={cell} />;
              return cell.column.id === 'name' ? (
                <th key={cell.id} scope="row" className={meta?.className}>
                  {content}
                </th>
              ) : (
                <td key={cell.id} className={meta?.className} data-label={meta?.label}>
                  {content}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
