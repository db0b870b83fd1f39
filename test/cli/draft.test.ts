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

  it('reads another file of the draft with the size limit of its own configuration, as when it is linted itself', () => {
    const layout = tempTree({
      '.compact-lint.json': JSON.stringify({ draft: { files: ['main.md', 'annex/*.md'] } }),
      'main.md': '## Objective 1: Collect data\n\nSee objective 2.\n',
      'annex/.compact-lint.json': JSON.stringify({ maxFileSize: 1024 }),
      'annex/annex.md': `## Objective 2: Minimize adverse drivers\n\n${'States cooperate. '.repeat(60)}\n`,
    });
    const run = runCli(['--format', 'json', 'main.md'], layout);
    const messages = (JSON.parse(run.stdout) as { messages: { ruleId: string; message: string }[] }[]).flatMap((r) => r.messages).filter((m) => m.ruleId.startsWith('references/'));
    assert.deepEqual(messages.map((m) => m.message), ['Objective 2 is not defined in this draft (it defines objective 1).']);
  });

  it('numbers objectives across the files in the order draft.files lists them, names with parentheses included', () => {
    const layout = tempTree({
      '.compact-lint.json': JSON.stringify({ draft: { files: ['main.md', 'annexes/*.md', 'Annex (rev.1).md'] } }),
      'main.md': '## Objective 1: Collect data\n\n## Objective 2: Minimize drivers\n\nSee objectives 3 and 4.\n',
      'annexes/annex-1.md': '## Objective 3: Provide information\n',
      'Annex (rev.1).md': '## Objective 4: Ensure identity\n\nSee objective 1.\n',
    });
    const run = runCli(['--format', 'json', '.'], layout);
    const messages = (JSON.parse(run.stdout) as { messages: { ruleId: string; message: string }[] }[]).flatMap((r) => r.messages).filter((m) => m.ruleId.startsWith('references/'));
    assert.deepEqual(messages, []);
  });
});
