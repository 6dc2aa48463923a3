import { Cut } from './cut';
import { Figure } from './figure';
import { Signature } from './signature';
import { Voice } from './voice';

/** Must match lib/mdx-components-spec.ts, which the loader checks content against. */
export const mdxComponents = { Figure, Voice, Byline: Signature, Cut };
