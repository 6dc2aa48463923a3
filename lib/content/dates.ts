import type { ArticleDate } from './schema';

/** "2023年", "2022年5月", "2022年2月10日": never more precise than the stored value. */
export function formatDate(date: Pick<ArticleDate, 'value'>): string {
  const [year, month, day] = date.value.split('-');
  return `${year}年${month ? `${Number(month)}月` : ''}${day ? `${Number(day)}日` : ''}`;
}

/** The `datetime` attribute: valid HTML year, month or date strings, plus time when stated. */
export function machineDate(date: Pick<ArticleDate, 'value' | 'time'>): string {
  return date.time ? `${date.value}T${date.time}` : date.value;
}

// The papers are published in Beijing time.
const SOURCE_OFFSET = '+08:00';

/** ISO 8601 as precise as the text: "2023", "2022-05", "2022-02-10" or "2022-02-10T08:12:00+08:00" (schema.org, Open Graph). */
export function isoDate(date: Pick<ArticleDate, 'value' | 'time'>): string {
  return date.time ? `${date.value}T${date.time}:00${SOURCE_OFFSET}` : date.value;
}

/**
 * An RFC 3339 timestamp, which RSS, Atom and JSON Feed dates require, only when the text gives the
 * day and the time; otherwise none, because any day or time we wrote would be invented.
 */
export function exactTimestamp(date: Pick<ArticleDate, 'value' | 'time'>): string | undefined {
  return date.time ? isoDate(date) : undefined;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2022-02-10T08:12:00+08:00" → "Thu, 10 Feb 2022 08:12:00 +0800" (RFC 822, for RSS), keeping the stated offset. */
export function rfc822(timestamp: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/.test(timestamp)) {
    throw new Error(`rfc822 needs YYYY-MM-DDTHH:MM:SS±HH:MM (got “${timestamp}”)`);
  }
  const [year, month, day] = [timestamp.slice(0, 4), Number(timestamp.slice(5, 7)), timestamp.slice(8, 10)];
  const weekday = WEEKDAYS[new Date(Date.UTC(Number(year), month - 1, Number(day))).getUTCDay()];
  return `${weekday}, ${day} ${MONTHS[month - 1]} ${year} ${timestamp.slice(11, 19)} ${timestamp.slice(19).replace(':', '')}`;
}
