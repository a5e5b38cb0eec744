import { DEFAULT_DUE_HOURS } from '../../../shared';
import { useQuery, useQueryValue } from '../api/use-query';
import { QueryState, screenFrame } from '../ui/QueryState';
import { BackLink } from '../ui/BackLink';
import { OccasionNotFound } from './OccasionNotFound';
import { OccasionView } from './OccasionView';
import { RouteIdPage } from '../app/route-id';
import './occasions.css';

/** One occasion: what happened, and for each person there whether they were thanked. */
export function OccasionPage() {
  return (
    <RouteIdPage param="occasionId" notFound={<OccasionNotFound />}>
      {(id) => <OccasionDetails id={id} />}
    </RouteIdPage>
  );
}

function OccasionDetails({ id }: { id: number }) {
  const { state, reload } = useQuery('occasions.get', { id });
  const settings = useQueryValue('settings.get', {});
  return (
    <QueryState state={state} onRetry={reload} look="card" notFound={<OccasionNotFound />} frame={screenFrame('screen', <BackLink to="/occasions" label="Occasions" />)}>
      {({ data }) => <OccasionView occasion={data} dueHours={settings?.dueHours ?? DEFAULT_DUE_HOURS} defaultChannel={settings?.defaultChannel ?? 'email'} />}
    </QueryState>
  );
}
