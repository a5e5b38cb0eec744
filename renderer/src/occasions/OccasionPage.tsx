import { useParams } from 'react-router';
import { DEFAULT_DUE_HOURS } from '../../../shared';
import { useQuery, useQueryValue } from '../api/use-query';
import { QueryState, screenFrame } from '../ui/QueryState';
import { BackLink } from '../ui/BackLink';
import { OccasionNotFound } from './OccasionNotFound';
import { OccasionView } from './OccasionView';
import './occasions.css';


/** One occasion: what happened, and for each person there whether they were thanked. */
export function OccasionPage() {
  const { occasionId } = useParams();
  const id = Number(occasionId);
  const valid = Number.isInteger(id) && id > 0;
  const { state, reload } = useQuery('occasions.get', { id: valid ? id : 1 });
  const settings = useQueryValue('settings.get', {});

  if (!valid) return <OccasionNotFound />;
  return (
    <QueryState state={state} onRetry={reload} look="card" notFound={<OccasionNotFound />} frame={screenFrame('screen', <BackLink />)}>
      {({ data }) => <OccasionView occasion={data} dueHours={settings?.dueHours ?? DEFAULT_DUE_HOURS} defaultChannel={settings?.defaultChannel ?? 'email'} />}
    </QueryState>
  );
}
