// Turbopack loader for the Traditional build: converts every Han string of a source file, so UI text in
// server and client components alike comes out in Traditional. Options come from lib/i18n/traditional.ts.
const OpenCC = require('opencc-js');

let convert;
module.exports = function traditionalLoader(source) {
  convert ??= OpenCC.Converter(this.getOptions());
  return convert(source);
};
