const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /[\p{Script=Latin}\d]+(?:[.,:%][\p{Script=Latin}\d]+)*/gu;

/** Hanzi count, plus one unit per Latin word or number. */
export function readingUnits(text: string): number {
  return (text.match(HAN)?.length ?? 0) + (text.match(LATIN_WORD)?.length ?? 0);
}

/** Minutes at about 450 Hanzi a minute, the middle of adult silent reading speed for Chinese. */
export function readingMinutes(text: string, perMinute = 450): number {
  return Math.max(1, Math.ceil(readingUnits(text) / perMinute));
}
