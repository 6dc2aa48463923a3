// A synthetic corpus for the search benchmark: `reports` reports assembled from the real blocks of
// the built search index (out/search-index.json), chosen by a seeded generator so every run is the same.
// Real paragraphs keep the text statistics honest; the reports are marked as synthetic in their titles.

/** mulberry32: a small, fast, seeded PRNG. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** @param {any} real the parsed real index @returns the same shape with `reports` articles */
export function syntheticIndex(real, { reports = 1000, seed = 20221 } = {}) {
  const next = random(seed);
  const perReport = Math.round(real.blocks.length / real.articles.length);
  const articles = [];
  const blocks = [];
  for (let r = 0; r < reports; r += 1) {
    const [slug, title, kicker, places] = real.articles[r % real.articles.length];
    articles.push([`${slug}-${r + 1}`, `${title}（合成第${r + 1}篇）`, kicker, places]);
    for (let b = 0; b < perReport; b += 1) {
      const [, id, kind, text, , blockPlaces, initiatives] = real.blocks[Math.floor(next() * real.blocks.length)];
      blocks.push([r, `${id}-${r + 1}-${b}`, kind, text, -1, blockPlaces, initiatives]);
    }
  }
  return { ...real, articles, blocks };
}
