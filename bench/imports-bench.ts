import type { createBackend } from '../main/backend/backend';
import { parseLinkedInConnections, parseVCards } from '../main/backend/imports';
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
}
