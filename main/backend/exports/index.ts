/**
 * The exporters: pure writers that turn what is stored into files other programs read, for the
 * services to save. The text layer they share (escaping, folding, file names) is content-lines.ts.
 */
export { peopleToVCards, vcardFileName, splitFullName, type NameParts } from './vcard-export';
export { occasionToICalendar, icsFileName, DEFAULT_PRODUCT_ID, type ICalendarOptions } from './ics-export';
