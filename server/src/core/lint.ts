/**
 * The one lint pipeline, used by the language server and the CLI alike: run
 * every enabled check over a model, apply configured severities and inline
 * suppressions, keep in every fix the line breaks of the words it replaces
 * (text/lineBreaks.ts), and return findings sorted by position.
 */
import { CHECKS, CHECKS_BY_ID } from './checks/index';
import { reportsAt, settingOf, type CheckContext, type Finding, type Report } from './checks/check';
import type { Config } from './config/types';
import { buildModel, type Source } from './model/build';
import type { DocumentModel } from './model/model';
import { suppressionFilter } from './model/suppressions';
import { fixesKeepingLineBreaks } from './text/lineBreaks';

export interface LintOptions {
  /** Other documents of the same draft. */
  readonly draft?: readonly DocumentModel[];
}

export function lintModel(model: DocumentModel, options: LintOptions = {}): Finding[] {
  const ctx: CheckContext = { config: model.config, data: model.data, draft: options.draft ?? [] };
  const suppressed = suppressionFilter(model);
  const max = model.text.length;
  const findings: Finding[] = [];
  for (const check of CHECKS) {
    const setting = settingOf(model, check);
    if (setting === 'off') continue;
    if (model.skipped && check.id !== 'document/not-analysed') continue;
    let reports: Report[];
    try {
      reports = [...check.run(model, ctx)];
    } catch (e) {
      reports = [{ span: { start: 0, end: 0 }, message: `Internal error in check ${check.id}: ${e instanceof Error ? e.message : String(e)}. The other checks ran.` }];
    }
    for (const r of reports) {
      const start = clamp(r.span.start, max);
      const end = clamp(Math.max(r.span.end, start), max);
      if (suppressed(check.id, start)) continue;
      const fixes = r.fixes && fixesKeepingLineBreaks(model.text, r.fixes);
      findings.push({ ...r, ...(fixes ? { fixes } : {}), span: { start, end }, checkId: check.id, severity: setting });
    }
  }
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}


/** Whether a finding of the check at the offset would be reported: the check is on for the document and not suppressed there. */
export function wouldReport(model: DocumentModel, checkId: string, offset: number): boolean {
  const check = CHECKS_BY_ID.get(checkId);
  return check !== undefined && reportsAt(model, check, offset);
}

export function lintText(source: Source, config: Config, options: LintOptions = {}): { model: DocumentModel; findings: Finding[] } {
  const model = buildModel(source, config);
  return { model, findings: lintModel(model, options) };
}

function clamp(n: number, max: number): number {
  return Number.isFinite(n) ? Math.max(0, Math.min(n, max)) : 0;
}
