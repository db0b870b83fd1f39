/**
 * Words about an instrument shared by hover, completion and checks: the
 * Markdown card (official title, kind, binding or not, dates, depositary,
 * monitoring committee, link), a short name that names it unambiguously, and the years a drafter
 * may attach to it.
 */
import type { Instrument, InstrumentRegistry } from '../data/instruments';
import { instrumentNames } from './names';
import { nameWords } from './tokens';
import { escapeMarkdown } from '../text/display';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "1989-11-20" → "20 November 1989", the UN style. */
export function formatDate(iso: string | null): string | null {
  const m = iso && /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? ''} ${m[1]}`;
}

/** The hover card of an instrument; `as` is the acronym or name the drafter wrote, when it is not the title. */
export function describeInstrument(i: Instrument, as?: string): string {
  const lines: string[] = [];
  // The registry's words, or a user's from the configuration, shown as written (escaped for Markdown).
  const e = escapeMarkdown;
  lines.push(as ? `**${e(as)}**: ${e(i.title)}` : `**${e(i.title)}**`);
  const facts: string[] = [`${capitalize(e(i.kind))}${i.binding === null ? '' : i.binding ? ', legally binding' : ', not legally binding'}`];
  if (i.formalTitle) facts.push(`Formal title: ${e(i.formalTitle)}`);
  const adopted = formatDate(i.adopted);
  if (adopted) facts.push(`Adopted: ${adopted}`);
  const force = formatDate(i.entryIntoForce);
  if (force) facts.push(`Entry into force: ${force}`);
  if (i.depositary) facts.push(`Depositary: ${e(i.depositary)}`);
  if (i.monitoringBody) facts.push(`Monitored by: ${e(i.monitoringBody.name)} (${e(i.monitoringBody.acronym)})`);
  if (i.documentSymbol) facts.push(`Document: ${e(i.documentSymbol)}`);
  lines.push(facts.join('  \n'));
  // A link only to a web page: "javascript:" or a file in a configuration is not followed from a hover.
  if (i.url && /^https?:\/\/[^\s<>]+$/.test(i.url)) lines.push(`[Official text and status](${i.url.replace(/\(/g, '%28').replace(/\)/g, '%29')})`);
  if (i.user) lines.push('_Defined in your configuration._');
  return lines.join('\n\n');
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A short name that stands for this instrument only (its first unambiguous alias), else its title. */
export function distinctName(i: Instrument, registry: InstrumentRegistry): string {
  const names = instrumentNames(registry);
  for (const alias of i.aliases) {
    const words = nameWords(alias).join(' ');
    const name = names.find((n) => n.form !== 'acronym' && n.words.join(' ') === words);
    if (name && name.ids.length === 1) return alias;
  }
  return i.title;
}

/** The year to write for an instrument: its adoption year, else the first year known. */
export function rightYear(i: Instrument): number | undefined {
  return i.years[0];
}
