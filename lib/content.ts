import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { extractBlocks, findBodyProblems, parseBody, type Block } from './article-blocks';
import { ContentError, fieldPath, type ContentIssue } from './content-error';
import { validatePlaces } from './places';
import { readingMinutes, readingUnits } from './reading-time';
import { articleFrontmatterSchema, placesFileSchema, SLUG_PATTERN, type ArticleFrontmatter, type Place } from './schema';
import { themeOrder } from './themes';

export type Article = ArticleFrontmatter & {
  slug: string;
  file: string;
  body: string;
  blocks: Block[];
  readingUnits: number;
  readingMinutes: number;
};

export type Site = { places: Place[]; articles: Article[] };

const ARTICLE_FILE = /\.mdx?$/;

/**
 * The one module that reads content/. Everything the site shows comes from here; every problem
 * found is collected and thrown together, each naming its file and field.
 */
export function loadSite(contentDir: string): Site {
  const issues: ContentIssue[] = [];
  const rel = (file: string) => path.relative(process.cwd(), file) || file;
  const places = loadPlaces(path.join(contentDir, 'places.yaml'), rel, issues);
  const articles = loadArticles(path.join(contentDir, 'articles'), places, rel, issues);
  if (issues.length > 0) throw new ContentError(issues);
  return { places, articles: sortArticles(articles) };
}

let cached: Site | undefined;

export function getSite(): Site {
  cached ??= loadSite(path.join(process.cwd(), 'content'));
  return cached;
}

function zodIssues(file: string, error: z.ZodError): ContentIssue[] {
  return error.issues.map((issue) => ({ file, field: fieldPath(issue.path), message: issue.message }));
}

function loadPlaces(file: string, rel: (f: string) => string, issues: ContentIssue[]): Place[] {
  let raw: unknown;
  try {
    raw = parseYaml(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    issues.push({ file: rel(file), field: '(file)', message: `无法读取 YAML: ${(error as Error).message}` });
    return [];
  }
  const parsed = placesFileSchema.safeParse(raw);
  if (!parsed.success) {
    issues.push(...zodIssues(rel(file), parsed.error));
    return [];
  }
  issues.push(...validatePlaces(parsed.data).map((problem) => ({ file: rel(file), ...problem })));
  return parsed.data;
}

function loadArticles(dir: string, places: Place[], rel: (f: string) => string, issues: ContentIssue[]): Article[] {
  const schema = articleFrontmatterSchema(places.map((p) => p.id));
  const files = fs.readdirSync(dir).filter((name) => ARTICLE_FILE.test(name)).sort();
  const slugs = new Map<string, string>();
  const articles: Article[] = [];
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
      const parsed = matter(fs.readFileSync(path.join(dir, name), 'utf8'));
      data = parsed.data;
      body = parsed.content;
    } catch (error) {
      issues.push({ file, field: 'frontmatter', message: `YAML 格式错误: ${(error as Error).message.split('\n')[0]}` });
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
      issues.push({ file, field: 'body', message: `MDX 无法解析: ${(error as Error).message}` });
    }
    if (!frontmatter.success || issues.length > before) continue;

    const text = blocks.map((b) => (b.type === 'figure' ? b.caption : b.text)).join('\n');
    articles.push({
      ...frontmatter.data,
      slug,
      file,
      body,
      blocks,
      readingUnits: readingUnits(text),
      readingMinutes: readingMinutes(text),
    });
  }
  return articles;
}

/** Theme order, then date, then slug: the same order everywhere on the site. */
export function sortArticles<T extends Pick<Article, 'theme' | 'date' | 'slug'>>(articles: readonly T[]): T[] {
  return [...articles].sort(
    (a, b) => themeOrder(a.theme) - themeOrder(b.theme) || a.date.value.localeCompare(b.date.value) || a.slug.localeCompare(b.slug),
  );
}
