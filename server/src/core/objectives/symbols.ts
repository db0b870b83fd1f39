/**
 * Workspace symbols: every objective the workspace's documents define, found
 * by its number or by words of its title ("legal identity" finds
 * "Objective 4: Ensure that all migrants have proof of legal identity").
 */
import type { DocumentModel } from '../model/model';
import type { Span } from '../text/span';
import { docParts } from './index';

export interface PartSymbol {
  readonly name: string;
  readonly uri: string;
  readonly span: Span;
  /** The file name, shown beside the symbol. */
  readonly container: string;
}

const MAX_SYMBOLS = 500;

export function objectiveSymbols(models: readonly DocumentModel[], query: string): PartSymbol[] {
  const words = query.toLowerCase().split(/\s+/).filter((w) => w.length > 0);
  const out: PartSymbol[] = [];
  for (const model of models) {
    for (const def of docParts(model).objectives) {
      const name = `Objective ${def.number}${def.title ? `: ${def.title}` : ''}`;
      const haystack = name.toLowerCase();
      if (!words.every((w) => haystack.includes(w))) continue;
      out.push({ name, uri: model.uri, span: def.line, container: decodeURIComponent(model.uri.slice(model.uri.lastIndexOf('/') + 1)) });
      if (out.length >= MAX_SYMBOLS) return out;
    }
  }
  return out;
}
