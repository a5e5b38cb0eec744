import type { Handlers } from '../dispatcher';
import type { InviteService } from './invite-service';
import type { PeopleImportService } from './people-import-service';

type ImportHandlers = Pick<
  Handlers,
  'imports.readCalendar' | 'imports.saveInvite' | 'imports.cancelInvite' | 'imports.readPeople' | 'imports.savePeople' | 'imports.undoPeople'
>;

export function importsHandlers(invites: InviteService, people: PeopleImportService): ImportHandlers {
  return {
    'imports.readCalendar': ({ data }) => invites.read(Buffer.from(data, 'base64')),
    'imports.saveInvite': ({ uid, occasion }) => invites.save(uid, occasion),
    'imports.cancelInvite': ({ uid }) => invites.cancel(uid),
    'imports.readPeople': ({ data }) => people.read(Buffer.from(data, 'base64')),
    'imports.savePeople': ({ name, data, actions }) => people.save(name, Buffer.from(data, 'base64'), actions),
    'imports.undoPeople': ({ batchId }) => people.undo(batchId),
  };
}
