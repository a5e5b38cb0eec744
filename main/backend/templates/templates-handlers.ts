import type { Handlers } from '../dispatcher';
import type { EventHub } from '../events';
import type { TemplatesRepository } from './templates-repository';

export function templatesHandlers(templates: TemplatesRepository, events: EventHub): Pick<Handlers, 'templates.list' | 'templates.save' | 'templates.delete'> {
  return {
    'templates.list': ({ kind }) => ({ items: templates.list(kind) }),
    'templates.save': (input) => {
      const saved = templates.save(input);
      events.publish({ topic: 'templates.changed' });
      return saved;
    },
    'templates.delete': ({ id }) => {
      templates.delete(id);
      events.publish({ topic: 'templates.changed' });
      return { deleted: true as const };
    },
  };
}
