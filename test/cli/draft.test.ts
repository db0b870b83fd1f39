/**
 * The CLI reads the other files of a draft (`draft.files`), so that an annex
 * linted alone still resolves its references against the main text.
 */
import { strict as assert } from 'node:assert';
import { runCli, tempTree } from '../support/cli';

describe('CLI: drafts in several files', () => {
  const dir = tempTree({
    '.compact-lint.json': JSON.stringify({ draft: { files: ['main.md', 'annex/*.md'] } }),
    'main.md': '# Main\n\n## Objective 1: Data\n\n## Objective 2: Cooperation\n',
    'annex/implementation.md': '# Annex\n\nObjectives 1 and 2 are implemented; objective 3 is not defined.\n',
    'notes.md': '# Notes outside the draft\n\nObjective 3 here is the GCM objective 3.\n',
  });

  it('resolves an annex linted alone against the main text', () => {
    const run = runCli(['--format', 'json', 'annex/implementation.md'], dir);
    const messages = (JSON.parse(run.stdout) as { messages: { ruleId: string; message: string }[] }[]).flatMap((r) => r.messages).filter((m) => m.ruleId.startsWith('references/'));
    assert.deepEqual(messages.map((m) => m.message), ['Objective 3 is not defined in this draft (it defines objectives 1, 2).']);
  });

  it('leaves a file outside the draft to the framework', () => {
    const run = runCli(['--format', 'json', 'notes.md'], dir);
    const messages = (JSON.parse(run.stdout) as { messages: { ruleId: string }[] }[]).flatMap((r) => r.messages).filter((m) => m.ruleId.startsWith('references/'));
    assert.deepEqual(messages, []);
  });
});
