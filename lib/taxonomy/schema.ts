import { z } from 'zod';
import { partialDate, SLUG_PATTERN, text } from '../content/schema';
import { THEME_IDS } from '../content/themes';

export const CATEGORY_IDS = [
  'regional-pairing',
  'enclave',
  'collective-economy',
  'future-community',
  'income',
  'public-services',
  'reform',
  'culture-ecology',
] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];
export const CATEGORY_NAMES: Record<CategoryId, string> = {
  'regional-pairing': '区域协作与结对',
  enclave: '飞地经济',
  'collective-economy': '村集体经济与强村富民',
  'future-community': '未来社区·未来乡村·城乡风貌',
  income: '扩中提低与帮扶救助',
  'public-services': '公共服务·一老一小',
  reform: '改革创新与数字化治理',
  'culture-ecology': '文化·生态',
};

export const PARTNERSHIP_KIND_IDS = ['shanhai', 'dongxi', 'duikou-zhiyuan', 'duikou-hezuo', 'pilin', 'feidi', 'yitihua'] as const;
export type PartnershipKind = (typeof PARTNERSHIP_KIND_IDS)[number];
export const PARTNERSHIP_KIND_NAMES: Record<PartnershipKind, string> = {
  shanhai: '山海协作',
  dongxi: '东西部协作',
  'duikou-zhiyuan': '对口支援',
  'duikou-hezuo': '对口合作',
  pilin: '毗邻',
  feidi: '飞地',
  yitihua: '区域一体化与协作帮扶',
};

const id = z.string().regex(SLUG_PATTERN, 'id 只能用小写字母、数字和连字符');

/** A claim's source: a verbatim phrase of one paragraph of one report, matched on letters and digits. */
export const evidenceSchema = z.object({ article: id, quote: text }).strict();

export const initiativeSchema = z
  .object({
    id,
    name: text,
    category: z.enum(CATEGORY_IDS),
    aliases: z.array(text).default([]),
    places: z.array(id).default([]),
    description: text,
    related: z.array(id).default([]),
  })
  .strict();

export const partnershipSchema = z
  .object({
    places: z.tuple([id, id]),
    kind: z.enum(PARTNERSHIP_KIND_IDS),
    since: partialDate.optional(),
    inferred: z.boolean().default(false),
    evidence: evidenceSchema,
  })
  .strict();

export const timelineEventSchema = z.object({ date: partialDate, inferred: z.boolean(), event: text, evidence: evidenceSchema }).strict();

export const keyFigureSchema = z.object({ value: text, unit: text, label: text, evidence: evidenceSchema }).strict();

export const themeEntrySchema = z
  .object({ id: z.enum(THEME_IDS), overview: text, places: z.array(id).min(1), figures: z.array(keyFigureSchema).default([]) })
  .strict();

export type Initiative = z.infer<typeof initiativeSchema>;
export type Partnership = z.infer<typeof partnershipSchema>;
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type KeyFigure = z.infer<typeof keyFigureSchema>;
export type ThemeEntry = z.infer<typeof themeEntrySchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
