import type { Handlers } from '../dispatcher';
import type { HandoffService } from './handoff-service';

type HandoffHandlers = Pick<Handlers, 'handoff.openInMailApp' | 'handoff.saveEmailFile' | 'handoff.copy' | 'handoff.dismiss'>;

export function handoffHandlers(handoff: HandoffService): HandoffHandlers {
  return {
    'handoff.openInMailApp': (input) => handoff.openInMailApp(input),
    'handoff.saveEmailFile': (input) => handoff.saveEmailFile(input),
    'handoff.copy': (input) => handoff.copy(input),
    'handoff.dismiss': ({ id }) => handoff.dismiss(id),
  };
}
