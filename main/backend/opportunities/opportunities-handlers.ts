import type { Handlers } from '../dispatcher';
import type { EventHub } from '../events';
import type { OpportunitiesRepository } from './opportunities-repository';

type OpportunityHandlers = Pick<
  Handlers,
  'opportunities.list' | 'opportunities.get' | 'opportunities.create' | 'opportunities.update' | 'opportunities.delete'
>;

export function opportunitiesHandlers(opportunities: OpportunitiesRepository, events: EventHub): OpportunityHandlers {
  const changed = <T>(value: T): T => {
    events.publish({ topic: 'opportunities.changed' });
    events.publish({ topic: 'occasions.changed' });
    return value;
  };
  return {
    'opportunities.list': (query) => opportunities.list(query),
    'opportunities.get': ({ id }) => opportunities.detail(id),
    'opportunities.create': (input) => changed(opportunities.create(input)),
    'opportunities.update': ({ id, opportunity }) => changed(opportunities.change(id, opportunity)),
    'opportunities.delete': ({ id }) => {
      opportunities.delete(id);
      return changed({ deleted: true as const });
    },
  };
}
