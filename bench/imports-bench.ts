import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend } from '../main/backend/backend';
import { parseLinkedInConnections, parseVCards } from '../main/backend/imports';
import type { PeopleImportAction, PeopleImportPreview, SavedPeople } from '../shared';
import { median, ms, report, timeRuns } from './measure';

const RUNS = 11;

/** A Connections.csv as LinkedIn writes it: BOM, the Notes preamble, quoted values, some empty emails. */
function connectionsCsv(rows: number): Uint8Array {
  const lines = ['\uFEFFNotes:', '"When exporting your connection data, you may notice that some of the email addresses are missing."', '', 'First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
  for (let index = 0; index < rows; index++) {
    const email = index % 3 === 0 ? '' : `person${index}@example.com`;
    lines.push(`Zoë${index},Núñez ${index},https://www.linkedin.com/in/person-${index},${email},"Company ${index % 400}, Inc.",Engineer ${index % 50},0${1 + (index % 9)} Dec 2025`);
  }
  return new TextEncoder().encode(lines.join('\r\n'));
}

function vcards(count: number): Uint8Array {
  const cards: string[] = [];
  for (let index = 0; index < count; index++) {
    cards.push(`BEGIN:VCARD\r\nVERSION:3.0\r\nN:Núñez ${index};Zoë;;;\r\nFN:Zoë Núñez ${index}\r\nORG:Company ${index}\\, Inc.;Team\r\nTITLE:Engineer\r\nEMAIL;type=INTERNET;type=pref:zoe${index}@example.com\r\nTEL;type=CELL:+1 555 ${String(index).padStart(7, '0')}\r\nitem1.URL:https://www.linkedin.com/in/zoe-${index}\r\nitem1.X-ABLabel:LinkedIn\r\nNOTE:Met at the panel\\; asked about tracing.\r\nEND:VCARD`);
  }
  return new TextEncoder().encode(cards.join('\r\n'));
}

/** 500 interview invites with three interviewers each, in one named zone with its VTIMEZONE. */
function calendar(events: number): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Bench//EN', 'BEGIN:VTIMEZONE', 'TZID:Europe/Berlin', 'BEGIN:STANDARD', 'DTSTART:19701025T030000', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:19700329T020000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT', 'END:VTIMEZONE'];
  for (let index = 0; index < events; index++) {
    const day = String(1 + (index % 28)).padStart(2, '0');
    const month = String(1 + (index % 12)).padStart(2, '0');
    lines.push('BEGIN:VEVENT', `UID:bench-${index}@example.com`, `DTSTART;TZID=Europe/Berlin:2026${month}${day}T140000`, `DTEND;TZID=Europe/Berlin:2026${month}${day}T150000`, `SUMMARY:Panel interview ${index}`, 'ORGANIZER;CN=Recruiting:mailto:recruiting@example.com');
    for (let person = 0; person < 3; person++) lines.push(`ATTENDEE;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;CN="Interviewer ${person}, ${index}":mailto:i${person}.${index}@example.com`);
    lines.push('ATTENDEE;PARTSTAT=ACCEPTED;CN=Sam:mailto:sam@example.org', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.join('\r\n');
}

/** Issue 13's budgets: a 10,000-row Connections.csv, 10,000 vCards, and a 500-event invite file read and previewed. */
export async function importsBench(dispatch: ReturnType<typeof createBackend>['dispatch']): Promise<void> {
  console.log(`\nImports (median of ${RUNS}):`);
  const csv = connectionsCsv(10_000);
  const csvRuns = await timeRuns(RUNS, () => parseLinkedInConnections(csv));
  report('  parse a 10,000-row Connections.csv', ms(median(csvRuns)), '1000 ms (parse and preview)', median(csvRuns) < 1000);
  const cards = vcards(10_000);
  const cardRuns = await timeRuns(RUNS, () => parseVCards(cards));
  report('  parse 10,000 vCards', ms(median(cardRuns)), '1000 ms', median(cardRuns) < 1000);
  const file = { name: 'bench.ics', data: Buffer.from(calendar(500)).toString('base64') };
  const icsRuns = await timeRuns(RUNS, async () => {
    const result = await dispatch('imports.readCalendar', file);
    if (!result.ok || (result.value as { events: unknown[] }).events.length !== 500) throw new Error(`imports.readCalendar: ${JSON.stringify(result).slice(0, 300)}`);
  });
  report('  read and preview a 500-event .ics (backend call: parse + match people and earlier imports)', ms(median(icsRuns)), '200 ms', median(icsRuns) < 200);
  await peopleImportBench(csv);
}

const PEOPLE_RUNS = 7;

/**
 * ~2,000 stored people, a quarter each matching a row of the 10,000-row file by email (same
 * company), by LinkedIn profile (another company: a conflict), by name only, and matching none.
 */
function storedPeopleCsv(count: number): Uint8Array {
  const lines = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
  for (let index = 0; index < count; index++) {
    const row = index * 5;
    const name = `Zoë${row},Núñez ${row}`;
    if (index % 4 === 0) lines.push(`${name},,${row % 3 === 0 ? '' : `person${row}@example.com`},"Company ${row % 400}, Inc.",,`);
    else if (index % 4 === 1) lines.push(`${name},https://www.linkedin.com/in/person-${row}/,,Elsewhere Ltd,,`);
    else if (index % 4 === 2) lines.push(`${name},,,,,`);
    else lines.push(`Other${index},Person ${index},,other${index}@example.org,Unrelated,,`);
  }
  return new TextEncoder().encode(lines.join('\n'));
}

/**
 * Issue 13's budgets for people imports, through the backend's dispatcher on a database of its
 * own (the big seeded one has 10,000 people made up with the same addresses): read and match a
 * 10,000-row Connections.csv (< 1 s), and save it with the suggested actions in one transaction
 * (< 2 s). Each save is undone before the next (not timed with it; its figure is printed too).
 */
async function peopleImportBench(csv: Uint8Array): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thankful-bench-import-'));
  const backend = createBackend({ dataDir, appVersion: 'bench', shell: 'browser' });
  const call = async <T>(method: 'imports.readPeople' | 'imports.savePeople' | 'imports.undoPeople', input: object): Promise<T> => {
    const result = await backend.dispatch(method, input as never);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as T;
  };
  try {
    const stored = { name: 'stored.csv', data: Buffer.from(storedPeopleCsv(2_000)).toString('base64') };
    await call('imports.savePeople', { ...stored, actions: Array<PeopleImportAction>(2_000).fill('add') });
    const file = { name: 'Connections.csv', data: Buffer.from(csv).toString('base64') };
    let preview: PeopleImportPreview | undefined;
    const readRuns = await timeRuns(PEOPLE_RUNS, async () => {
      preview = await call<PeopleImportPreview>('imports.readPeople', file);
    });
    const counts = new Map<string, number>();
    for (const row of preview!.rows) counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
    const statuses = [...counts].map(([status, count]) => `${count} ${status}`).join(', ');
    report(`  imports.readPeople, 10,000 rows vs 2,000 stored (${statuses})`, ms(median(readRuns)), '1000 ms', median(readRuns) < 1000);

    const actions = preview!.rows.map((row) => row.suggested);
    const saveRuns: number[] = [];
    const undoRuns: number[] = [];
    let saved: SavedPeople | undefined;
    for (let run = 0; run < PEOPLE_RUNS; run++) {
      let start = performance.now();
      saved = await call<SavedPeople>('imports.savePeople', { ...file, actions });
      saveRuns.push(performance.now() - start);
      start = performance.now();
      await call('imports.undoPeople', { batchId: saved.batchId });
      undoRuns.push(performance.now() - start);
    }
    report(`  imports.savePeople, 10,000 rows (${saved!.added} added, ${saved!.merged} merged, one transaction)`, ms(median(saveRuns)), '2000 ms', median(saveRuns) < 2000);
    report('  imports.undoPeople of that import', ms(median(undoRuns)));
  } finally {
    backend.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
