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
