export const SITE_NAME = '共富浙里';
export const SITE_TAGLINE = '浙江共同富裕实地报道';
export const SITE_PURPOSE = '走进萧山、平湖、龙湾、乐清与杭州，读懂浙江如何推进共同富裕，又如何通过山海协作、东西部协作、对口支援与对口合作携手远方伙伴。';
export const SOURCE_ATTRIBUTION = '本站报道全文来自已刊发的报纸文本，各篇标明来源与署名。除标点规范和编者注所列修复外，本站未改动原文字句。';
