/**
 * Hover on an instrument mention: the instrument's card (official title, kind,
 * binding or not, dates, depositary, link); for an acronym or short name, what
 * it stands for; for a near-miss, the name it resembles; for an ambiguous
 * name, each instrument it may mean.
 */
import type { HoverProvider } from '../features/types';
import type { DocumentModel } from '../model/model';
import type { InstrumentMention } from './extract';
import { describeInstrument } from './describe';
import { documentMentions } from './documentMentions';

export const instrumentHover: HoverProvider = (model, offset, ctx) => {
  const m = mentionAt(model, offset);
  if (!m || m.match === 'unknown') return undefined;
  const registry = ctx.data.instruments;
  const written = model.text.slice(m.span.start, m.span.end).replace(/\s+/g, ' ');
  const cards: string[] = [];
  for (const id of m.ids) {
    const instrument = registry.byId(id);
    if (instrument) cards.push(describeInstrument(instrument, written === instrument.title ? undefined : written));
  }
  if (!cards.length) return undefined;
  const note = m.match === 'near' ? `_Not quite a name of this instrument: "${m.name}"._\n\n` : m.ids.length > 1 ? `_"${m.name}" may mean any of these instruments:_\n\n` : '';
  return { span: m.span, contents: note + cards.join('\n\n---\n\n') };
};

/** The known (exact or near-miss) mention at an offset, a defined "SAR" included (see documentMentions.ts). */
export function mentionAt(model: DocumentModel, offset: number): InstrumentMention | undefined {
  return documentMentions(model).find((m) => m.match !== 'unknown' && offset >= m.span.start && offset <= m.span.end);
}
