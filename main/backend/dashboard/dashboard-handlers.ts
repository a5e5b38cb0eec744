import type { Handlers } from '../dispatcher';
import type { DashboardRepository } from './dashboard-repository';

type DashboardHandlers = Pick<Handlers, 'dashboard.summary' | 'dashboard.outstanding' | 'dashboard.followUps' | 'dashboard.recentlySent'>;

export function dashboardHandlers(dashboard: DashboardRepository): DashboardHandlers {
  return {
    'dashboard.summary': () => dashboard.summary(),
    'dashboard.outstanding': (query) => dashboard.outstanding(query),
    'dashboard.followUps': ({ limit }) => ({ items: dashboard.followUpsDue(limit) }),
    'dashboard.recentlySent': ({ limit }) => ({ items: dashboard.recentlySent(limit) }),
  };
}
