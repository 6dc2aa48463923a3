import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNCONVERTED_MODULES } from '@/lib/i18n/traditional';
import { SCRIPT_LABELS } from '@/lib/i18n/script-labels';

const root = path.join(__dirname, '../..');
const loader: (this: { resourcePath: string }, source: string) => string = createRequire(__filename)('../../scripts/traditional-loader.cjs');
const run = (file: string, source: string) => loader.call({ resourcePath: path.join(root, file) }, source);

describe('the Traditional build’s source loader', () => {
  it('converts a component with the dictionary', () => {
    expect(run('components/x.tsx', '<p>共富浙里：立足旺苍发展，副总经理岳立</p>')).toBe('<p>共富浙里：立足旺蒼發展，副總經理岳立</p>');
  }, 30_000);

  it('leaves the script labels as written, so the Traditional switch reads 简体', () => {
    expect(UNCONVERTED_MODULES).toContain('lib/i18n/script-labels.ts');
    const source = fs.readFileSync(path.join(root, 'lib/i18n/script-labels.ts'), 'utf8');
    expect(run('lib/i18n/script-labels.ts', source)).toBe(source);
    expect(SCRIPT_LABELS).toEqual({ hans: '简体', hant: '繁體' });
    expect(run('components/layout/x.tsx', source)).toContain("hans: '簡體'");
  }, 30_000);

  it('is not bypassed: no converted source writes a Han character as an escape', () => {
    const escaped = /\\u(?:\{)?(?:[4-9][0-9a-f]{3})/i;
    const files = ['app', 'components', 'lib'].flatMap((dir) =>
      fs
        .readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.tsx?$/.test(file))
        .map((file) => `${dir}/${file.split(path.sep).join('/')}`),
    );
    expect(files.filter((file) => escaped.test(fs.readFileSync(path.join(root, file), 'utf8')))).toEqual([]);
  });
});
