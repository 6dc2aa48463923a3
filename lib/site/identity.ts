import { HTML_LANG, SCRIPT } from '../i18n/script';

export const SITE_NAME = '共富浙里';
export const SITE_TAGLINE = '浙江共同富裕实地报道';
export const SITE_PURPOSE = '走进萧山、平湖、龙湾、乐清与杭州，读懂浙江如何推进共同富裕，又如何通过山海协作、东西部协作、对口支援与对口合作携手远方伙伴。';
export const SOURCE_ATTRIBUTION = '本站报道全文来自已刊发的报纸文本，各篇标明来源与署名。除标点规范和编者注所列修复外，本站未改动原文字句。';

/**
 * When this edition of the site's text was last revised (our edition, not the papers' dates).
 * Feeds and the sitemap need a full timestamp for "updated"; the sources only give years or one
 * day, so this is the one honest timestamp we have. Bump it whenever content/ changes.
 */
export const CONTENT_REVISED = '2026-11-25T15:32:00+08:00';

/** BCP 47 tag of this build's text (zh-CN, or zh-Hant for the Traditional build); hreflang uses zh-Hans / zh-Hant. */
export const CONTENT_LANGUAGE = HTML_LANG[SCRIPT];
export const OG_LOCALE = SCRIPT === 'hant' ? 'zh_TW' : 'zh_CN';
