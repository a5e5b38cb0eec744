import { invalid } from '../errors';
import type { ExportFile } from './export-format';
import { problemsMessage } from './import-file';

/**
 * What the format's schema cannot see alone: ids used twice, references to records the file does
 * not hold, and the rules the database enforces across rows (one thank-you per person and
 * occasion, an address belongs to one person, each participant is owed a thank-you). Checked
 * before anything is written, so the answer names the record instead of being a refusal from
 * SQLite halfway through.
 */
export function checkReferences(file: ExportFile): void {
  const problems: string[] = [];
  const people = uniqueIds(file.people, 'people', problems);
  const opportunities = uniqueIds(file.opportunities, 'opportunities', problems);
  const occasions = uniqueIds(file.occasions, 'occasions', problems);
  uniqueIds(file.thankYous, 'thankYous', problems);
  uniqueIds(file.templates, 'templates', problems);

  const addresses = new Map<string, number>();
  file.people.forEach((person, index) =>
    person.emails.forEach((address, at) => {
      // As the unique index compares them (COLLATE NOCASE folds ASCII letters only).
      const key = address.replace(/[A-Z]/gu, (letter) => letter.toLowerCase());
      const owner = addresses.get(key);
      if (owner !== undefined) problems.push(`people[${index}].emails[${at}] ${address} is also an address of people[${owner}]`);
      else addresses.set(key, index);
    }),
  );

  const thanked = new Set(file.thankYous.map((thankYou) => `${thankYou.occasionId}:${thankYou.personId}`));
  const calendarUids = new Map<string, number>();
  file.occasions.forEach((occasion, index) => {
    const where = `occasions[${index}]`;
    if (occasion.opportunityId !== null && !opportunities.has(occasion.opportunityId)) {
      problems.push(`${where}.opportunityId ${occasion.opportunityId} is not the id of any of the opportunities`);
    }
    if (occasion.calendarUid !== null) {
      const first = calendarUids.get(occasion.calendarUid);
      if (first !== undefined) problems.push(`${where}.calendarUid is also the calendarUid of occasions[${first}]`);
      else calendarUids.set(occasion.calendarUid, index);
    }
    const listed = new Set<number>();
    occasion.participants.forEach((participant, at) => {
      const here = `${where}.participants[${at}].personId ${participant.personId}`;
      if (!people.has(participant.personId)) problems.push(`${here} is not the id of any of the people`);
      else if (listed.has(participant.personId)) problems.push(`${here} is listed twice on this occasion`);
      else if (!thanked.has(`${occasion.id}:${participant.personId}`)) problems.push(`${here} has no thank-you for this occasion in thankYous`);
      listed.add(participant.personId);
    });
  });

  const pairs = new Set<string>();
  file.thankYous.forEach((thankYou, index) => {
    const where = `thankYous[${index}]`;
    if (!occasions.has(thankYou.occasionId)) problems.push(`${where}.occasionId ${thankYou.occasionId} is not the id of any of the occasions`);
    if (!people.has(thankYou.personId)) problems.push(`${where}.personId ${thankYou.personId} is not the id of any of the people`);
    const pair = `${thankYou.occasionId}:${thankYou.personId}`;
    if (pairs.has(pair)) problems.push(`${where} is a second thank-you to person ${thankYou.personId} for occasion ${thankYou.occasionId}`);
    pairs.add(pair);
  });

  const customized = new Set<string>();
  file.templates.forEach((template, index) => {
    if (template.builtinKind === null) return;
    if (customized.has(template.builtinKind)) problems.push(`templates[${index}].builtinKind ${template.builtinKind} is edited twice`);
    customized.add(template.builtinKind);
  });

  if (problems.length > 0) throw invalid('data', problemsMessage(problems));
}

function uniqueIds(records: readonly { id: number }[], name: string, problems: string[]): Set<number> {
  const ids = new Set<number>();
  records.forEach((record, index) => {
    if (ids.has(record.id)) problems.push(`${name}[${index}].id ${record.id} is used by another record too`);
    ids.add(record.id);
  });
  return ids;
}
