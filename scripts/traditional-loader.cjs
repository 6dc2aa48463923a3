// Turbopack loader for the Traditional build: converts each source file of app/, components/ and lib/ with the
// site's one converter (lib/i18n/traditional.ts) and the reviewed dictionary (content/traditional-dictionary.yaml),
// so UI text in every component comes out in Traditional with names and brands intact. The modules listed in
// UNCONVERTED_MODULES keep their text as written. tsx loads the TypeScript modules, so there is no second copy.
const path = require('node:path');
const { require: tsxRequire } = require('tsx/cjs/api');

const root = path.resolve(__dirname, '..');
let state;

function load() {
  const { traditionalConverter, UNCONVERTED_MODULES } = tsxRequire('../lib/i18n/traditional.ts', __filename);
  const { readTraditionalDictionary, termForms } = tsxRequire('../lib/content/traditional-dictionary.ts', __filename);
  const { dictionary, issues } = readTraditionalDictionary(path.join(root, 'content'), (file) => path.relative(root, file));
  if (issues.length > 0) throw new Error(`traditional-loader: ${issues.map((i) => `${i.file} › ${i.field}: ${i.message}`).join('; ')}`);
  return { convert: traditionalConverter(termForms(dictionary)).convert, unconverted: new Set(UNCONVERTED_MODULES) };
}

module.exports = function traditionalLoader(source) {
  state ??= load();
  const file = path.relative(root, this.resourcePath).split(path.sep).join('/');
  return state.unconverted.has(file) ? source : state.convert(source);
};
