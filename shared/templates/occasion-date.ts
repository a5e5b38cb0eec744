export interface DateFormatOptions {
  /** BCP 47 locale for the date's words; default `en-US`, the language the built-in templates are in. */
  locale?: string;
  /** IANA time zone the user lives in (e.g. `Europe/Berlin`); default the runtime's own. */
  timeZone?: string;
}

/**
 * The day of an occasion as a note would say it: "Tuesday, March 10". The day is the one in the
 * user's time zone, since that is the day they remember (a 23:30 UTC call is Wednesday in Berlin).
 * An unknown locale or time zone falls back to the defaults rather than failing the whole draft;
 * an unreadable instant gives '' (the field then stays visible as unfilled).
 */
export function formatOccasionDate(startsAt: string, { locale, timeZone }: DateFormatOptions = {}): string {
  const instant = Date.parse(startsAt);
  if (!Number.isFinite(instant)) return '';
  const options: Intl.DateTimeFormatOptions = { weekday: 'long', month: 'long', day: 'numeric' };
  return formatter(locale, timeZone, options).format(instant);
}

function formatter(locale: string | undefined, timeZone: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  for (const [tryLocale, tryZone] of [
    [locale ?? 'en-US', timeZone],
    ['en-US', timeZone],
    [locale ?? 'en-US', undefined],
    ['en-US', undefined],
  ] as const) {
    try {
      return new Intl.DateTimeFormat(tryLocale, { ...options, timeZone: tryZone });
    } catch {
      // RangeError for an unknown zone or a malformed locale tag: try the next, safer pair.
    }
  }
  return new Intl.DateTimeFormat('en-US', options);
}
