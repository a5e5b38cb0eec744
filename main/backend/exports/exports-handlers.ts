import type { Handlers } from '../dispatcher';
import type { ExportService } from './export-service';

type ExportHandlers = Pick<Handlers, 'exports.peopleVCard' | 'exports.occasionICalendar' | 'exports.thankYouICalendar' | 'exports.upcomingICalendar'>;

export function exportsHandlers(exports: ExportService): ExportHandlers {
  return {
    'exports.peopleVCard': ({ ids }) => exports.peopleVCard(ids),
    'exports.occasionICalendar': ({ id }) => exports.occasionICalendar(id),
    'exports.thankYouICalendar': ({ id, what }) => exports.thankYouICalendar(id, what),
    'exports.upcomingICalendar': () => exports.upcomingICalendar(),
  };
}
