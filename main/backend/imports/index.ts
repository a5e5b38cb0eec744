/**
 * The importers: pure parsers that take a file's bytes and return what is in it, for the services
 * to match against what is stored. Each refuses a file it cannot read with its own error class,
 * whose message names the line or row, for a person.
 */
export { parseCalendar, CalendarFileError, type CalendarEvent, type CalendarPerson, type ParsedCalendar } from './calendar';
export { parseVCards, VCardFileError, type ParsedVCards, type VCardContact } from './vcard';
export { parseLinkedInConnections, LinkedInFileError, type LinkedInConnection, type ParsedConnections } from './linkedin';
export { decodeText } from './decode-text';
export { guessOccasion } from './guess-occasion';
