import { z } from 'zod';
import { THEME_IDS } from './themes';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Roles are ASCII ids, so code compares ids and never Chinese text the Traditional build converts;
// lib/content/people.ts gives each its label.
export const PERSON_ROLES = ['reporter', 'chief-reporter', 'correspondent', 'photographer', 'editor', 'duty-editor', 'layout', 'author'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];
export const NOTE_KINDS = ['furniture', 'truncated', 'repaired', 'split', 'converted', 'punctuation', 'typo', 'caption'] as const;
export const PLACE_KINDS = ['country', 'province', 'city', 'county', 'town', 'village', 'area'] as const;

export const text = z
  .string({ error: (issue) => (issue.input === undefined ? '缺少此字段 (required)' : '须为文字 (must be text)') })
  .trim()
  .min(1, '不能为空 (must not be empty)');

// "2023", "2022-05" or "2022-02-10": a date is only as precise as the text supports.
export const partialDate = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, '日期须写作 YYYY、YYYY-MM 或 YYYY-MM-DD')
  .refine((value) => value.length < 10 || isRealDay(value), '不存在的日期');

function isRealDay(value: string): boolean {
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

const articleDate = z
  .object({
    value: partialDate,
    time: z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, '时间须写作 HH:MM').optional(),
    inferred: z.boolean(),
    basis: text.optional(),
  })
  .strict()
  .refine((date) => !date.inferred || date.basis, { message: '推断的日期须写明依据 (basis)', path: ['basis'] })
  .refine((date) => !date.time || date.value.length === 10, { message: '只有精确到日的日期才能写时间', path: ['time'] });

export function articleFrontmatterSchema(placeIds: readonly string[]) {
  const placeId = z.string().refine((id) => placeIds.includes(id), { error: (issue) => `未知地点 id “${String(issue.input)}”` });
  return z
    .object({
      title: text,
      kicker: text.optional(),
      theme: z.enum(THEME_IDS),
      summary: text,
      source: z
        .object({
          seed: text,
          publication: text.optional(),
          note: text.optional(),
        })
        .strict(),
      date: articleDate,
      people: z.array(z.object({ name: text, role: z.enum(PERSON_ROLES) }).strict()).default([]),
      credits: z.array(text).default([]),
      regions: z.array(placeId).min(1, '至少要有一个地点'),
      notes: z.array(z.object({ kind: z.enum(NOTE_KINDS), text }).strict()).default([]),
    })
    .strict();
}

export type ArticleFrontmatter = z.infer<ReturnType<typeof articleFrontmatterSchema>>;
export type ArticleDate = z.infer<typeof articleDate>;

export const placeSchema = z
  .object({
    id: z.string().regex(SLUG_PATTERN, 'id 只能用小写字母、数字和连字符'),
    name: text,
    kind: z.enum(PLACE_KINDS),
    parent: z.string().nullable(),
    aliases: z.array(text).default([]),
  })
  .strict();

export type Place = z.infer<typeof placeSchema>;
