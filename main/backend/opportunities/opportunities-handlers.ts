import type { Handlers } from '../dispatcher';
import type { OpportunitiesRepository } from './opportunities-repository';

type OpportunityHandlers = Pick<
  Handlers,
  'opportunities.list' | 'opportunities.get' | 'opportunities.create' | 'opportunities.update' | 'opportunities.delete'
>;

export function opportunitiesHandlers(opportunities: OpportunitiesRepository): OpportunityHandlers {
  return {
    'opportunities.list': (query) => opportunities.list(query),
    'opportunities.get': ({ id }) => opportunities.detail(id),
    'opportunities.create': (input) => opportunities.create(input),
    'opportunities.update': ({ id, opportunity }) => opportunities.change(id, opportunity),
    'opportunities.delete': ({ id }) => {
      opportunities.delete(id);
      return { deleted: true as const };
    },
  };
}
