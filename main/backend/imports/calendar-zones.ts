import ICAL from 'ical.js';
import { WINDOWS_TO_IANA_MAP } from 'windows-iana';

/**
 * Time zones for the calendar importer (calendar.ts): turning an invite's local wall-clock time
 * into a UTC instant, whatever the zone is called.
 *
 * A zone is only "what is the offset from UTC at this instant": the conversion from wall time is
 * the same for every kind of zone (an IANA zone through Intl, a VTIMEZONE block through ical.js,
 * a fixed offset, or the machine's own zone), so daylight-saving gaps and overlaps come out the
 * same everywhere (see wallTimeToUtc).
 */
export interface Zone {
  readonly name: string;
  /** The zone's offset from UTC, in milliseconds (local = UTC + offset), at a UTC instant. */
  offsetAt(utcMs: number): number;
}

/** A local date and time as written in a calendar file; month 1–12. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Milliseconds since the epoch of the wall time read as UTC (also right for years 0–99, which Date.UTC would move to the 1900s). */
export function wallTimeAsUtc(time: WallTime): number {
  const date = new Date(0);
  date.setUTCFullYear(time.year, time.month - 1, time.day);
  date.setUTCHours(time.hour, time.minute, time.second, 0);
  return date.getTime();
}

/** The wall time an instant has in UTC. */
export function utcWallTime(ms: number): WallTime {
  const date = new Date(ms);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  };
}

/**
 * The UTC instant of a wall time in a zone. Around a daylight-saving change it follows RFC 5545
 * §3.3.5 (and what calendar programs do): a time that happens twice (clocks going back) is the
 * first of the two; a time that does not exist (clocks going forward) is read with the offset from
 * before the change, so 02:30 on a spring-forward night becomes 03:30 summer time.
 */
export function wallTimeToUtc(time: WallTime, zone: Zone): number {
  const wall = wallTimeAsUtc(time);
  // At most one change of offset within a day either side of any wall time.
  const before = zone.offsetAt(wall - DAY);
  const after = zone.offsetAt(wall + DAY);
  if (before === after) {
    const guess = wall - before;
    const actual = zone.offsetAt(guess);
    return actual === before ? guess : wall - actual;
  }
  const fits = [wall - before, wall - after].filter((utc) => zone.offsetAt(utc) + utc === wall);
  if (fits.length > 0) return Math.min(...fits);
  return wall - before;
}

export const UTC_ZONE: Zone = { name: 'UTC', offsetAt: () => 0 };

/** The machine's own zone: for "floating" times, which a file gives without any zone. */
export const LOCAL_ZONE: Zone = { name: 'local', offsetAt: (utcMs) => -new Date(utcMs).getTimezoneOffset() * MINUTE };

export function fixedOffsetZone(offsetMinutes: number): Zone {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  const name = `UTC${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}:${String(absolute % 60).padStart(2, '0')}`;
  return { name, offsetAt: () => offsetMinutes * MINUTE };
}

const ianaZones = new Map<string, Zone | null>();

/** An IANA zone ("America/New_York", also links such as "US/Eastern", any case), or null when Intl does not know it. */
export function ianaZone(name: string): Zone | null {
  const cached = ianaZones.get(name);
  if (cached !== undefined) return cached;
  let zone: Zone | null = null;
  if (/^[A-Za-z][A-Za-z0-9_+\-/]*$/u.test(name)) {
    try {
      const format = new Intl.DateTimeFormat('en-US', { timeZone: name, timeZoneName: 'longOffset' });
      zone = { name: format.resolvedOptions().timeZone, offsetAt: (utcMs) => parseGmtOffset(format.format(utcMs)) };
    } catch {
      zone = null;
    }
  }
  ianaZones.set(name, zone);
  return zone;
}

/** "1/2/2026, GMT-05:00" (or "GMT" for zero, "GMT-04:56:02" for old local mean times) → milliseconds. */
function parseGmtOffset(formatted: string): number {
  const match = /GMT([+-])(\d{1,2})(?::?(\d{2}))?(?::?(\d{2}))?/u.exec(formatted);
  if (!match) return 0;
  const size = Number(match[2]) * HOUR + Number(match[3] ?? 0) * MINUTE + Number(match[4] ?? 0) * 1000;
  return match[1] === '-' ? -size : size;
}

/**
 * The zone a VTIMEZONE block describes (its text, BEGIN:VTIMEZONE to END:VTIMEZONE), through
 * ical.js; null when ical.js cannot read the block or it has no offsets.
 */
export function vtimezoneZone(name: string, blockText: string): Zone | null {
  let timezone: InstanceType<typeof ICAL.Timezone>;
  try {
    const calendar = new ICAL.Component(ICAL.parse(`BEGIN:VCALENDAR\r\n${blockText}\r\nEND:VCALENDAR\r\n`));
    const component = calendar.getFirstSubcomponent('vtimezone');
    if (!component) return null;
    timezone = new ICAL.Timezone(component);
  } catch {
    return null;
  }

  // ical.js keeps the block's changes of offset, in UTC and sorted, in `changes`; it adds years on
  // demand (up to the year asked for plus five), which utcOffset() triggers.
  let coveredYear = Number.NEGATIVE_INFINITY;
  let starts: number[] = [];
  let offsets: number[] = [];
  let initial = 0;
  const cover = (year: number): boolean => {
    if (year <= coveredYear) return true;
    try {
      timezone.utcOffset(ICAL.Time.fromData({ year: year + 1, month: 1, day: 1, hour: 0, minute: 0, second: 0, isDate: false }));
    } catch {
      return starts.length > 0;
    }
    coveredYear = year;
    const changes = (timezone.changes as IcalChange[]).map((change) => ({ at: wallTimeAsUtc(change), offset: change.utcOffset * 1000, previous: change.prevUtcOffset * 1000 }));
    changes.sort((a, b) => a.at - b.at);
    starts = changes.map((change) => change.at);
    offsets = changes.map((change) => change.offset);
    initial = changes[0]?.previous ?? 0;
    return starts.length > 0;
  };
  if (!cover(new Date().getUTCFullYear())) return null;

  return {
    name,
    offsetAt(utcMs) {
      cover(new Date(utcMs).getUTCFullYear());
      // The last change at or before the instant.
      let low = 0;
      let high = starts.length - 1;
      let found = -1;
      while (low <= high) {
        const middle = (low + high) >> 1;
        if (starts[middle]! <= utcMs) {
          found = middle;
          low = middle + 1;
        } else {
          high = middle - 1;
        }
      }
      return found < 0 ? initial : offsets[found]!;
    },
  };
}

interface IcalChange extends WallTime {
  utcOffset: number;
  prevUtcOffset: number;
}

/** Windows zone ids ("W. Europe Standard Time", any case) → the zone's main IANA name (CLDR territory "001"). */
const WINDOWS_IDS = new Map<string, string>();
for (const entry of WINDOWS_TO_IANA_MAP) {
  const first = entry.iana[0];
  if (entry.territory === '001' && first) WINDOWS_IDS.set(entry.windowsName.toLowerCase(), first);
}

/** The IANA zone for a Windows zone id, or null. */
export function windowsZoneToIana(windowsId: string): string | null {
  return WINDOWS_IDS.get(windowsId.trim().toLowerCase()) ?? null;
}

/**
 * Windows time-zone display names, as Outlook and Exchange write them into TZID when the sender's
 * Windows is set to that zone, mapped to their Windows zone ids. Keys are the names without the
 * "(UTC±hh:mm)" prefix (the offset shown changes with Windows updates; the place names rarely do),
 * in English; older wordings are listed too. A name not here falls back to its prefix's fixed offset.
 */
const DISPLAY_NAMES: [string, string][] = [
  ['International Date Line West', 'Dateline Standard Time'],
  ['Coordinated Universal Time-11', 'UTC-11'],
  ['Aleutian Islands', 'Aleutian Standard Time'],
  ['Hawaii', 'Hawaiian Standard Time'],
  ['Marquesas Islands', 'Marquesas Standard Time'],
  ['Alaska', 'Alaskan Standard Time'],
  ['Coordinated Universal Time-09', 'UTC-09'],
  ['Baja California', 'Pacific Standard Time (Mexico)'],
  ['Coordinated Universal Time-08', 'UTC-08'],
  ['Pacific Time (US & Canada)', 'Pacific Standard Time'],
  ['Pacific Time (US & Canada); Tijuana', 'Pacific Standard Time'],
  ['Arizona', 'US Mountain Standard Time'],
  ['Chihuahua, La Paz, Mazatlan', 'Mountain Standard Time (Mexico)'],
  ['La Paz, Mazatlan', 'Mountain Standard Time (Mexico)'],
  ['Mountain Time (US & Canada)', 'Mountain Standard Time'],
  ['Yukon', 'Yukon Standard Time'],
  ['Central America', 'Central America Standard Time'],
  ['Central Time (US & Canada)', 'Central Standard Time'],
  ['Easter Island', 'Easter Island Standard Time'],
  ['Guadalajara, Mexico City, Monterrey', 'Central Standard Time (Mexico)'],
  ['Saskatchewan', 'Canada Central Standard Time'],
  ['Bogota, Lima, Quito, Rio Branco', 'SA Pacific Standard Time'],
  ['Bogota, Lima, Quito', 'SA Pacific Standard Time'],
  ['Chetumal', 'Eastern Standard Time (Mexico)'],
  ['Eastern Time (US & Canada)', 'Eastern Standard Time'],
  ['Haiti', 'Haiti Standard Time'],
  ['Havana', 'Cuba Standard Time'],
  ['Indiana (East)', 'US Eastern Standard Time'],
  ['Turks and Caicos', 'Turks And Caicos Standard Time'],
  ['Asuncion', 'Paraguay Standard Time'],
  ['Atlantic Time (Canada)', 'Atlantic Standard Time'],
  ['Caracas', 'Venezuela Standard Time'],
  ['Cuiaba', 'Central Brazilian Standard Time'],
  ['Georgetown, La Paz, Manaus, San Juan', 'SA Western Standard Time'],
  ['Santiago', 'Pacific SA Standard Time'],
  ['Newfoundland', 'Newfoundland Standard Time'],
  ['Araguaina', 'Tocantins Standard Time'],
  ['Brasilia', 'E. South America Standard Time'],
  ['Cayenne, Fortaleza', 'SA Eastern Standard Time'],
  ['City of Buenos Aires', 'Argentina Standard Time'],
  ['Buenos Aires', 'Argentina Standard Time'],
  ['Greenland', 'Greenland Standard Time'],
  ['Montevideo', 'Montevideo Standard Time'],
  ['Punta Arenas', 'Magallanes Standard Time'],
  ['Saint Pierre and Miquelon', 'Saint Pierre Standard Time'],
  ['Salvador', 'Bahia Standard Time'],
  ['Coordinated Universal Time-02', 'UTC-02'],
  ['Azores', 'Azores Standard Time'],
  ['Cabo Verde Is.', 'Cape Verde Standard Time'],
  ['Cape Verde Is.', 'Cape Verde Standard Time'],
  ['Coordinated Universal Time', 'UTC'],
  ['Dublin, Edinburgh, Lisbon, London', 'GMT Standard Time'],
  ['Greenwich Mean Time : Dublin, Edinburgh, Lisbon, London', 'GMT Standard Time'],
  ['Monrovia, Reykjavik', 'Greenwich Standard Time'],
  ['Casablanca', 'Morocco Standard Time'],
  ['Sao Tome', 'Sao Tome Standard Time'],
  ['Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna', 'W. Europe Standard Time'],
  ['Belgrade, Bratislava, Budapest, Ljubljana, Prague', 'Central Europe Standard Time'],
  ['Brussels, Copenhagen, Madrid, Paris', 'Romance Standard Time'],
  ['Sarajevo, Skopje, Warsaw, Zagreb', 'Central European Standard Time'],
  ['West Central Africa', 'W. Central Africa Standard Time'],
  // Written by some Outlook versions without any offset prefix.
  ['Amsterdam, Belgrade, Berlin, Brussels, Budapest, Madrid, Paris, Prague, Stockholm', 'W. Europe Standard Time'],
  ['Athens, Bucharest', 'GTB Standard Time'],
  ['Athens, Bucharest, Istanbul', 'GTB Standard Time'],
  ['Beirut', 'Middle East Standard Time'],
  ['Cairo', 'Egypt Standard Time'],
  ['Chisinau', 'E. Europe Standard Time'],
  ['Damascus', 'Syria Standard Time'],
  ['Gaza, Hebron', 'West Bank Standard Time'],
  ['Harare, Pretoria', 'South Africa Standard Time'],
  ['Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius', 'FLE Standard Time'],
  ['Helsinki, Kiev, Riga, Sofia, Tallinn, Vilnius', 'FLE Standard Time'],
  ['Jerusalem', 'Israel Standard Time'],
  ['Juba', 'South Sudan Standard Time'],
  ['Kaliningrad', 'Kaliningrad Standard Time'],
  ['Khartoum', 'Sudan Standard Time'],
  ['Tripoli', 'Libya Standard Time'],
  ['Windhoek', 'Namibia Standard Time'],
  ['Amman', 'Jordan Standard Time'],
  ['Baghdad', 'Arabic Standard Time'],
  ['Istanbul', 'Turkey Standard Time'],
  ['Kuwait, Riyadh', 'Arab Standard Time'],
  ['Minsk', 'Belarus Standard Time'],
  ['Moscow, St. Petersburg', 'Russian Standard Time'],
  ['Moscow, St. Petersburg, Volgograd', 'Russian Standard Time'],
  ['Nairobi', 'E. Africa Standard Time'],
  ['Volgograd', 'Volgograd Standard Time'],
  ['Tehran', 'Iran Standard Time'],
  ['Abu Dhabi, Muscat', 'Arabian Standard Time'],
  ['Astrakhan, Ulyanovsk', 'Astrakhan Standard Time'],
  ['Baku', 'Azerbaijan Standard Time'],
  ['Izhevsk, Samara', 'Russia Time Zone 3'],
  ['Port Louis', 'Mauritius Standard Time'],
  ['Saratov', 'Saratov Standard Time'],
  ['Tbilisi', 'Georgian Standard Time'],
  ['Yerevan', 'Caucasus Standard Time'],
  ['Kabul', 'Afghanistan Standard Time'],
  ['Ashgabat, Tashkent', 'West Asia Standard Time'],
  ['Astana', 'West Asia Standard Time'],
  ['Ekaterinburg', 'Ekaterinburg Standard Time'],
  ['Islamabad, Karachi', 'Pakistan Standard Time'],
  ['Qyzylorda', 'Qyzylorda Standard Time'],
  ['Chennai, Kolkata, Mumbai, New Delhi', 'India Standard Time'],
  ['Sri Jayawardenepura', 'Sri Lanka Standard Time'],
  ['Kathmandu', 'Nepal Standard Time'],
  ['Bishkek', 'Central Asia Standard Time'],
  ['Dhaka', 'Bangladesh Standard Time'],
  ['Omsk', 'Omsk Standard Time'],
  ['Yangon (Rangoon)', 'Myanmar Standard Time'],
  ['Bangkok, Hanoi, Jakarta', 'SE Asia Standard Time'],
  ['Barnaul, Gorno-Altaysk', 'Altai Standard Time'],
  ['Hovd', 'W. Mongolia Standard Time'],
  ['Krasnoyarsk', 'North Asia Standard Time'],
  ['Novosibirsk', 'N. Central Asia Standard Time'],
  ['Tomsk', 'Tomsk Standard Time'],
  ['Beijing, Chongqing, Hong Kong, Urumqi', 'China Standard Time'],
  ['Irkutsk', 'North Asia East Standard Time'],
  ['Kuala Lumpur, Singapore', 'Singapore Standard Time'],
  ['Perth', 'W. Australia Standard Time'],
  ['Taipei', 'Taipei Standard Time'],
  ['Ulaanbaatar', 'Ulaanbaatar Standard Time'],
  ['Eucla', 'Aus Central W. Standard Time'],
  ['Chita', 'Transbaikal Standard Time'],
  ['Osaka, Sapporo, Tokyo', 'Tokyo Standard Time'],
  ['Pyongyang', 'North Korea Standard Time'],
  ['Seoul', 'Korea Standard Time'],
  ['Yakutsk', 'Yakutsk Standard Time'],
  ['Adelaide', 'Cen. Australia Standard Time'],
  ['Darwin', 'AUS Central Standard Time'],
  ['Brisbane', 'E. Australia Standard Time'],
  ['Canberra, Melbourne, Sydney', 'AUS Eastern Standard Time'],
  ['Guam, Port Moresby', 'West Pacific Standard Time'],
  ['Hobart', 'Tasmania Standard Time'],
  ['Vladivostok', 'Vladivostok Standard Time'],
  ['Lord Howe Island', 'Lord Howe Standard Time'],
  ['Bougainville Island', 'Bougainville Standard Time'],
  ['Chokurdakh', 'Russia Time Zone 10'],
  ['Magadan', 'Magadan Standard Time'],
  ['Norfolk Island', 'Norfolk Standard Time'],
  ['Sakhalin', 'Sakhalin Standard Time'],
  ['Solomon Is., New Caledonia', 'Central Pacific Standard Time'],
  ['Anadyr, Petropavlovsk-Kamchatsky', 'Russia Time Zone 11'],
  ['Auckland, Wellington', 'New Zealand Standard Time'],
  ['Coordinated Universal Time+12', 'UTC+12'],
  ['Fiji', 'Fiji Standard Time'],
  ['Chatham Islands', 'Chatham Islands Standard Time'],
  ['Coordinated Universal Time+13', 'UTC+13'],
  ["Nuku'alofa", 'Tonga Standard Time'],
  ['Samoa', 'Samoa Standard Time'],
  ['Kiritimati Island', 'Line Islands Standard Time'],
];

/** Lower case, accents dropped, "&" read as "and", punctuation and extra spaces ignored. */
function displayKey(description: string): string {
  return description
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/&/gu, ' and ')
    .replace(/[^a-z0-9+-]+/gu, ' ')
    .trim();
}

const DISPLAY_KEYS = new Map(DISPLAY_NAMES.map(([description, windowsId]) => [displayKey(description), windowsId]));

/** The Windows display-name table, for tests: every id in it must be one windows-iana knows. */
export const WINDOWS_DISPLAY_NAME_IDS: readonly string[] = [...new Set(DISPLAY_NAMES.map(([, windowsId]) => windowsId))];

/** "(UTC-05:00) Eastern Time (US & Canada)", "(GMT+10:00) Canberra, …", "UTC+11", "(UTC) Dublin, …": the offset (minutes, when written) and the rest. */
const OFFSET_PREFIX = /^\(?\s*(?:UTC|GMT)\s*(?:([+-])\s*(\d{1,2})(?:[:.]?(\d{2}))?)?\s*\)?\s*(.*)$/iu;

/**
 * The zone a TZID names when the file has no VTIMEZONE block for it (or one ical.js cannot read):
 * an IANA name, also behind a vendor prefix ("/mozilla.org/20050126_1/America/New_York",
 * "/freeassociation.sourceforge.net/Tzfile/Europe/Berlin"); a Windows zone id ("W. Europe
 * Standard Time"); a Windows display name ("(UTC+01:00) Amsterdam, Berlin, …"), or, when the
 * display name is not a known one, the fixed offset in its "(UTC±hh:mm)" prefix. Null when none fits.
 */
export function zoneFromName(tzid: string): Zone | null {
  const name = tzid.trim().replace(/^"(.*)"$/su, '$1').trim();
  if (name === '') return null;
  if (/^(?:Z|UTC|GMT|Etc\/UTC)$/iu.test(name)) return UTC_ZONE;
  const bare = /^([+-])(\d{2}):?(\d{2})$/u.exec(name);
  if (bare) return fixedOffsetZone((bare[1] === '-' ? -1 : 1) * (Number(bare[2]) * 60 + Number(bare[3])));

  const parts = name.split('/').filter((part) => part !== '');
  for (let index = 0; index < parts.length; index++) {
    const zone = ianaZone(parts.slice(index).join('/'));
    if (zone) return zone;
  }

  const windows = windowsZoneToIana(name);
  if (windows) return ianaZone(windows);

  const prefixed = OFFSET_PREFIX.exec(name);
  const description = prefixed ? prefixed[4]! : name;
  const windowsId = DISPLAY_KEYS.get(displayKey(description));
  const iana = windowsId ? windowsZoneToIana(windowsId) : null;
  if (iana) return ianaZone(iana);

  if (prefixed) {
    const minutes = Number(prefixed[2] ?? 0) * 60 + Number(prefixed[3] ?? 0);
    if (minutes > 14 * 60) return null;
    return fixedOffsetZone(prefixed[1] === '-' ? -minutes : minutes);
  }
  return null;
}
