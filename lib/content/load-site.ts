import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { blockText, extractBlocks, findBodyProblems, parseBody, type Block } from './article-blocks';
import { ContentError, fieldPath, type ContentIssue } from './content-error';
import { locateQuote, type Located } from '../taxonomy/evidence';
import { buildMatcher, findMentions, type Matcher, type Mention, type Term } from '../taxonomy/mentions';
import { validatePlaces } from '../taxonomy/places';
import { readingMinutes, readingUnits } from './reading-time';
import { articleFrontmatterSchema, placeSchema, SLUG_PATTERN, type ArticleFrontmatter, type Place } from './schema';
import { validateTaxonomy, type Taxonomy } from '../taxonomy/validate-taxonomy';
import {
  initiativeSchema,
  partnershipSchema,
  themeEntrySchema,
  timelineEventSchema,
  type Evidence,
  type Initiative,
  type KeyFigure,
  type Partnership,
  type ThemeEntry,
  type TimelineEvent,
} from '../taxonomy/schema';
import { SCRIPT } from '../i18n/script';
import { themeOrder } from './themes';
import { traditionalConverter } from '../i18n/traditional';
import { dictionaryCoverageIssues, protectedTerms } from './protected-terms';
import { readTraditionalDictionary, termForms } from './traditional-dictionary';

export type BlockMention = Mention & { blockId: string };

export type Article = ArticleFrontmatter & {
  slug: string;
  file: string;
  body: string;
  blocks: Block[];
  mentions: BlockMention[];
  readingUnits: number;
  readingMinutes: number;
};

type WithSource<T> = T & { source: Located };

export type Site = {
  places: Place[];
  initiatives: Initiative[];
  partnerships: WithSource<Partnership>[];
  timeline: WithSource<TimelineEvent>[];
  themes: (Omit<ThemeEntry, 'figures'> & { figures: WithSource<KeyFigure>[] })[];
  articles: Article[];
  /** Names and aliases of every place and initiative, for finding and linking mentions. */
  matcher: Matcher;
};

const ARTICLE_FILE = /\.mdx?$/;

/**
 * The one module that reads content/. Everything the site shows comes from here; every problem
 * found is collected and thrown together, each naming its file and field.
 */
export function loadSite(contentDir: string): Site {
  const issues: ContentIssue[] = [];
  const rel = (file: string) => path.relative(process.cwd(), file) || file;
  const { dictionary, issues: dictionaryIssues } = readTraditionalDictionary(contentDir, rel);
  issues.push(...dictionaryIssues);
  const readSource = sourceReader(SCRIPT === 'hant' ? traditionalConverter(termForms(dictionary)).convert : undefined);
  const files = { places: 'places.yaml', initiatives: 'taxonomy/initiatives.yaml', partnerships: 'taxonomy/partnerships.yaml', timeline: 'taxonomy/timeline.yaml', themes: 'taxonomy/themes.yaml' };
  const read = <T>(name: keyof typeof files, schema: z.ZodType<T>) => readList(path.join(contentDir, files[name]), schema, rel, issues, readSource);
  const lists = {
    places: read('places', placeSchema),
    initiatives: read('initiatives', initiativeSchema),
    partnerships: read('partnerships', partnershipSchema),
    timeline: read('timeline', timelineEventSchema),
    themes: read('themes', themeEntrySchema),
  };
  const taxonomy: Taxonomy = {
    places: lists.places.items,
    initiatives: lists.initiatives.items,
    partnerships: lists.partnerships.items,
    timeline: lists.timeline.items,
    themes: lists.themes.items,
  };
  // Validators number entries among the valid ones; authors need the position in the file.
  const taxonomyIssue = (file: keyof typeof files) => (problem: { field: string; message: string }) => ({
    file: rel(path.join(contentDir, files[file])),
    field: problem.field.replace(/^\[(\d+)\]/, (_, n: string) => `[${lists[file].positions[Number(n)] ?? n}]`),
    message: problem.message,
  });
  issues.push(...validatePlaces(taxonomy.places).map(taxonomyIssue('places')));
  issues.push(...validateTaxonomy(taxonomy).map(({ file, ...problem }) => taxonomyIssue(file)(problem)));

  const matcher = buildMatcher(taxonomyTerms(taxonomy));
  const articles = sortArticles(loadArticles(path.join(contentDir, 'articles'), taxonomy.places, rel, issues, readSource)).map((article) => ({
    ...article,
    mentions: blockMentions(article.blocks, matcher),
  }));

  const sources = { places: { file: rel(path.join(contentDir, files.places)), items: taxonomy.places }, initiatives: { file: rel(path.join(contentDir, files.initiatives)), items: taxonomy.initiatives }, articles };
  issues.push(...dictionaryCoverageIssues(protectedTerms(sources), dictionary, SCRIPT, readSource));

  const locate = <T extends { evidence: Evidence }>(file: keyof typeof files, field: string) => (item: T, index: number) => {
    const found = locateQuote(articles, item.evidence);
    if (typeof found === 'string') issues.push(taxonomyIssue(file)({ field: `${field}[${index}].evidence`, message: found }));
    return { ...item, source: typeof found === 'string' ? { article: item.evidence.article, blockId: '', text: '' } : found };
  };
  const site: Site = {
    places: taxonomy.places,
    initiatives: taxonomy.initiatives,
    partnerships: taxonomy.partnerships.map(locate('partnerships', '')),
    timeline: taxonomy.timeline.map(locate('timeline', '')),
    themes: taxonomy.themes.map((theme, i) => ({ ...theme, figures: theme.figures.map(locate('themes', `[${i}].figures`)) })),
    articles,
    matcher,
  };
  if (issues.length > 0) throw new ContentError(issues);
  return site;
}

let cached: Site | undefined;

/** The site's content, read once per build; re-read on every request in `next dev` so edits show at once. */
export function getSite(): Site {
  if (process.env.NODE_ENV === 'development') return loadSite(path.join(process.cwd(), 'content'));
  cached ??= loadSite(path.join(process.cwd(), 'content'));
  return cached;
}

/** Content files as this build reads them: the Traditional build converts each file whole, for phrase context. */
function sourceReader(convert?: (text: string) => string): (file: string) => string {
  return (file) => {
    const text = fs.readFileSync(file, 'utf8');
    return convert ? convert(text) : text;
  };
}

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

function zodIssues(file: string, error: z.ZodError): ContentIssue[] {
  return error.issues.map((issue) => ({ file, field: fieldPath(issue.path), message: issue.message }));
}

/** A YAML list, each entry validated on its own so one bad entry does not hide the others' problems. */
function readList<T>(file: string, schema: z.ZodType<T>, rel: (f: string) => string, issues: ContentIssue[], readSource: (f: string) => string): { items: T[]; positions: number[] } {
  const result: { items: T[]; positions: number[] } = { items: [], positions: [] };
  let raw: unknown;
  try {
    raw = parseYaml(readSource(file));
  } catch (error) {
    issues.push({ file: rel(file), field: '(file)', message: `无法读取 YAML: ${errorMessage(error).split('\n')[0]}` });
    return result;
  }
  if (!Array.isArray(raw)) {
    issues.push({ file: rel(file), field: '(file)', message: '须是一个列表 (must be a YAML list)' });
    return result;
  }
  raw.forEach((entry: unknown, index) => {
    const parsed = schema.safeParse(entry);
    if (!parsed.success) {
      issues.push(...zodIssues(rel(file), parsed.error).map((issue) => ({ ...issue, field: `[${index}]${issue.field === '(root)' ? '' : `.${issue.field}`}` })));
      return;
    }
    result.items.push(parsed.data);
    result.positions.push(index);
  });
  return result;
}

function taxonomyTerms({ places, initiatives }: Taxonomy): Term[] {
  return [
    ...places.flatMap((p) => [p.name, ...p.aliases].map((text): Term => ({ text, kind: 'place', id: p.id }))),
    ...initiatives.flatMap((i) => [i.name, ...i.aliases].map((text): Term => ({ text, kind: 'initiative', id: i.id }))),
  ];
}

function blockMentions(blocks: readonly Block[], matcher: Matcher): BlockMention[] {
  return blocks.flatMap((block) => {
    const text = blockText(block);
    return findMentions(text, matcher).map((mention) => ({ ...mention, blockId: block.id }));
  });
}

function loadArticles(dir: string, places: Place[], rel: (f: string) => string, issues: ContentIssue[], readSource: (f: string) => string): Omit<Article, 'mentions'>[] {
  const schema = articleFrontmatterSchema(places.map((p) => p.id));
  const files = fs.readdirSync(dir).filter((name) => ARTICLE_FILE.test(name)).sort();
  const slugs = new Map<string, string>();
  const articles: Omit<Article, 'mentions'>[] = [];
  for (const name of files) {
    const file = rel(path.join(dir, name));
    const slug = name.replace(ARTICLE_FILE, '');
    const before = issues.length;
    if (!SLUG_PATTERN.test(slug)) issues.push({ file, field: '(file name)', message: `文件名须是小写 ASCII 短横线格式, 如 xiaoshan-gongfu (slug “${slug}”)` });
    const other = slugs.get(slug);
    if (other) issues.push({ file, field: '(file name)', message: `slug “${slug}” 与 ${other} 重复 (duplicate slug)` });
    slugs.set(slug, file);

    let data: unknown;
    let body: string;
    try {
      const parsed = matter(readSource(path.join(dir, name)));
      data = parsed.data;
      body = parsed.content;
    } catch (error) {
      issues.push({ file, field: 'frontmatter', message: `YAML 格式错误: ${errorMessage(error).split('\n')[0]}` });
      continue;
    }
    const frontmatter = schema.safeParse(data);
    if (!frontmatter.success) issues.push(...zodIssues(file, frontmatter.error));

    let blocks: Block[] = [];
    try {
      const tree = parseBody(body);
      issues.push(...findBodyProblems(tree).map((message) => ({ file, field: 'body', message })));
      blocks = extractBlocks(tree);
    } catch (error) {
      issues.push({ file, field: 'body', message: `MDX 无法解析: ${errorMessage(error)}` });
    }
    if (!frontmatter.success || issues.length > before) continue;

    const text = blocks.map((b) => (b.type === 'figure' ? b.caption : b.text)).join('\n');
    articles.push({ ...frontmatter.data, slug, file, body, blocks, readingUnits: readingUnits(text), readingMinutes: readingMinutes(text) });
  }
  return articles;
}

/** Theme order, then date, then slug: the same order everywhere on the site. */
export function sortArticles<T extends Pick<Article, 'theme' | 'date' | 'slug'>>(articles: readonly T[]): T[] {
  return [...articles].sort(
    (a, b) => themeOrder(a.theme) - themeOrder(b.theme) || a.date.value.localeCompare(b.date.value) || a.slug.localeCompare(b.slug),
  );
}
