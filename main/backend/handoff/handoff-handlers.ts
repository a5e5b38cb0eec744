import type { Handlers } from '../dispatcher';
import type { EventHub } from '../events';
import type { HandoffService } from './handoff-service';

type HandoffHandlers = Pick<Handlers, 'handoff.openInMailApp' | 'handoff.saveEmailFile' | 'handoff.copy' | 'handoff.dismiss'>;

export function handoffHandlers(handoff: HandoffService, events: EventHub): HandoffHandlers {
  // The draft may have been saved on the way, and the dashboard shows what was handed off.
  const changed = <T>(value: T): T => {
    events.publish({ topic: 'thanks.changed' });
    return value;
  };
  return {
    'handoff.openInMailApp': async (input) => changed(await handoff.openInMailApp(input)),
    'handoff.saveEmailFile': async (input) => changed(await handoff.saveEmailFile(input)),
    'handoff.copy': async (input) => changed(await handoff.copy(input)),
    'handoff.dismiss': ({ id }) => changed(handoff.dismiss(id)),
  };
}
