import type { Handlers } from '../dispatcher';
import type { TemplatesRepository } from './templates-repository';

export function templatesHandlers(templates: TemplatesRepository): Pick<Handlers, 'templates.list' | 'templates.save' | 'templates.delete'> {
  return {
    'templates.list': ({ kind }) => ({ items: templates.list(kind) }),
    'templates.save': (input) => templates.save(input),
    'templates.delete': ({ id }) => {
      templates.delete(id);
      return { deleted: true as const };
    },
  };
}
