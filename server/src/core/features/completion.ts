/** Completion: every provider contributes the entries that fit the cursor's context. */
import type { DocumentModel } from '../model/model';
import type { CompletionEntry, CompletionProvider, FeatureContext } from './types';
import { sdgCompletion } from '../sdg/completion';
import { instrumentCompletion } from '../instruments/completion';
import { objectiveCompletion } from '../objectives/completion';
import { terminologyCompletion } from '../terminology/completion';

const PROVIDERS: readonly CompletionProvider[] = [sdgCompletion, instrumentCompletion, objectiveCompletion, terminologyCompletion];

export function complete(model: DocumentModel, offset: number, ctx: FeatureContext): CompletionEntry[] {
  const out: CompletionEntry[] = [];
  for (const p of PROVIDERS) out.push(...p(model, offset, ctx));
  return out;
}

/** The text from the start of the line to `offset`. */
export function linePrefix(model: DocumentModel, offset: number): string {
  const pos = model.lines.positionAt(offset);
  return model.text.slice(model.lines.lineStart(pos.line), offset);
}
