/** Hover: the first provider that knows what is under the cursor answers. */
import type { DocumentModel } from '../model/model';
import type { FeatureContext, HoverProvider, HoverResult } from './types';
import { instrumentHover } from '../instruments/hover';
import { sdgHover } from '../sdg/hover';
import { objectiveHover } from '../objectives/hover';
import { terminologyHover } from '../terminology/hover';

const PROVIDERS: readonly HoverProvider[] = [instrumentHover, sdgHover, objectiveHover, terminologyHover];

export function hover(model: DocumentModel, offset: number, ctx: FeatureContext): HoverResult | undefined {
  for (const p of PROVIDERS) {
    const h = p(model, offset, ctx);
    if (h) return h;
  }
  return undefined;
}
