import type { Handlers } from '../dispatcher';
import type { InviteService } from './invite-service';

type ImportHandlers = Pick<Handlers, 'imports.readCalendar' | 'imports.saveInvite' | 'imports.cancelInvite'>;

export function importsHandlers(invites: InviteService): ImportHandlers {
  return {
    'imports.readCalendar': ({ data }) => invites.read(Buffer.from(data, 'base64')),
    'imports.saveInvite': ({ uid, occasion }) => invites.save(uid, occasion),
    'imports.cancelInvite': ({ uid }) => invites.cancel(uid),
  };
}
