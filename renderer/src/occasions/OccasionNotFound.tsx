import { NotFoundScreen } from '../ui/NotFoundScreen';

export function OccasionNotFound() {
  return (
    <NotFoundScreen back={{ to: '/occasions', label: 'Occasions' }} title="This occasion no longer exists" action={{ to: '/occasions', label: 'All occasions' }}>
      It may have been deleted.
    </NotFoundScreen>
  );
}
