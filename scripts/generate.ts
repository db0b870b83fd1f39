/**
 * Writes the files derived from the check registry: the configuration schema
 * (schemas/compact-lint.schema.json), the list of checks (docs/rules.md) and
 * the check ids of the compactLint.checks setting (package.json);
 * from the instrument registry, the names of the built-in instruments; and
 * from the terminology data, the words of the phrases of its fixed terms and
 * spelling forms.
 * `npm run generate` runs it; a test fails when any is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import { join } from 'node:path';
import { CHECKS } from '../server/src/core/checks/index';
import { instrumentRegistry } from '../server/src/core/data/instruments';
import { terminologyData } from '../server/src/core/data/terminology';
import { DEFAULT_CONFIG, FRAMEWORKS, NON_BLANK, SPELLING_CONVENTIONS } from '../server/src/core/config/types';
import { namesOfInstruments } from '../server/src/core/instruments/names';
import { generatedPhrases } from '../server/src/core/terminology/lexicon';
import { anchorOf as anchor } from '../server/src/lsp/docsLink';
import { GRAMMAR_PATH, injectionGrammarText } from './grammar';

const ROOT = join(__dirname, '..');
export const INSTRUMENT_NAMES_PATH = 'server/src/core/instruments/names.generated.json';
export const LEXICON_PHRASES_PATH = 'server/src/core/terminology/lexicon.generated.json';

export function configSchema(): object {
  const severity = { enum: ['off', 'hint', 'info', 'warning', 'error'] };
  const checkProps: Record<string, object> = {};
  for (const c of CHECKS) {
    checkProps[c.id] = { ...severity, description: `${c.description} Default: ${c.defaultSeverity}.` };
  }
  // A string of no word names nothing (an empty keyword would turn every objective check off): each is refused.
  // A pattern, not minLength, whose check would need one of Ajv's run-time modules in the bundles.
  const text = { type: 'string', pattern: NON_BLANK };
  const strings = { type: 'array', items: text };
  const isoDate = { type: 'string', pattern: '^(?:1[5-9]|20)\\d\\d(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?)?$' };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://compact-lint.invalid/schemas/compact-lint.schema.json',
    title: 'Compact Lint configuration (.compact-lint.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      root: { type: 'boolean', description: 'Stop looking for configuration files in parent folders.' },
      checks: {
        type: 'object',
        description: 'Severity per check id: off, hint, info, warning or error.',
        propertyNames: { enum: CHECKS.map((c) => c.id) },
        properties: checkProps,
        additionalProperties: severity,
      },
      framework: { enum: [...FRAMEWORKS], description: 'Framework whose objectives apply when a document defines none.' },
      spelling: { enum: [...SPELLING_CONVENTIONS], description: 'Spelling convention: UN style (British, -ize), American, British with -ise, or off.' },
      maxFileSize: { type: 'integer', minimum: 1024, description: 'Files larger than this many bytes are not analysed.' },
      acronyms: {
        type: 'object',
        additionalProperties: false,
        properties: { known: { ...strings, description: 'Acronyms that need no definition in the text.' } },
      },
      glossary: {
        type: 'object',
        additionalProperties: false,
        properties: {
          add: {
            type: 'array',
            description: 'Concepts added to the glossary (data only).',
            items: {
              type: 'object',
              required: ['id', 'preferred'],
              additionalProperties: false,
              properties: {
                id: text,
                preferred: text,
                definition: { type: 'string' },
                source: { type: 'object', properties: { title: { type: 'string' }, url: { type: 'string' } } },
                variants: strings,
                deprecated: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['term'],
                    additionalProperties: false,
                    properties: {
                      term: text,
                      reason: { type: 'string' },
                      replacement: { type: 'string' },
                      unless: {
                        type: 'object',
                        additionalProperties: false,
                        description: 'Words before or after the term that make it part of another phrase: "detention" after "illegal immigration" ("illegal immigration detention" is detention that is illegal).',
                        properties: { precededBy: strings, followedBy: strings },
                      },
                    },
                  },
                },
                caseSensitive: { type: 'boolean' },
                tags: strings,
              },
            },
          },
          disable: { ...strings, description: 'Ids of glossary concepts to ignore.' },
        },
      },
      instruments: {
        type: 'array',
        description: 'Instruments added to the registry (data only).',
        items: {
          type: 'object',
          required: ['id', 'title'],
          additionalProperties: false,
          properties: {
            id: text,
            title: text,
            aliases: strings,
            acronyms: strings,
            kind: { enum: ['treaty', 'protocol', 'ILO convention', 'declaration', 'framework', 'resolution', 'guidelines'] },
            binding: { type: 'boolean' },
            adopted: { ...isoDate, description: 'Date of adoption, YYYY-MM-DD (or YYYY-MM, or YYYY).' },
            entryIntoForce: { ...isoDate, description: 'Date of entry into force, YYYY-MM-DD (or YYYY-MM, or YYYY).' },
            depositary: { type: 'string' },
            documentSymbol: { type: 'string' },
            url: { type: 'string' },
          },
        },
      },
      objectives: {
        type: 'object',
        additionalProperties: false,
        properties: {
          keywords: { ...strings, description: 'Words that introduce an objective, in definitions ("## Objective 3: …") and references ("objective 3"). Default: ["objective"].' },
          listHeadings: { ...strings, description: 'Headings under which a numbered list defines the objectives: a heading matches when its title is one of these words, alone or followed by "for" or "of" ("Objectives for safe, orderly and regular migration"). Default: ["objectives"].' },
        },
      },
      draft: {
        type: 'object',
        additionalProperties: false,
        properties: { files: { ...strings, description: 'Globs, relative to this file, of the files that form one draft.' } },
      },
    },
  };
}

export function rulesMarkdown(): string {
  const lines = [
    '# Checks',
    '',
    '<!-- Generated by `npm run generate` from the check registry; do not edit. -->',
    '',
    'Every check has a stable id, usable in `.compact-lint.json` (`"checks": { "ID": "off" }`) and in suppression comments (`<!-- compact-lint-disable-next-line ID -->`).',
    '',
    '| id | default | description |',
    '| --- | --- | --- |',
    ...CHECKS.map((c) => `| [\`${c.id}\`](#${anchor(c.id)}) | ${c.defaultSeverity} | ${c.description.replace(/\|/g, '\\|')} |`),
    '',
  ];
  for (const c of CHECKS) {
    lines.push(`## ${c.id}`, '', `Default severity: **${c.defaultSeverity}**. ${c.description}`, '', c.docs.trim(), '');
  }
  const cell = (words: readonly string[]): string => words.map((w) => w.replace(/\|/g, '\\|')).join('; ');
  lines.push(
    '## Glossary concepts',
    '',
    'The concepts of the built-in glossary, which `terminology/deprecated-term` and `terminology/mixed-variants` read. A concept is switched off by its id: `"glossary": { "disable": ["ID"] }`.',
    '',
    '| id | preferred term | variants | deprecated terms |',
    '| --- | --- | --- | --- |',
    ...terminologyData(DEFAULT_CONFIG).concepts.map((c) => `| \`${c.id}\` | ${cell([c.preferred])} | ${cell(c.variants)} | ${cell(c.deprecated.map((d) => d.term))} |`),
    '',
  );
  return lines.join('\n');
}


/**
 * The configuration validator, compiled from the schema ahead of time: the
 * tool never generates code at run time (no `new Function`), and start-up
 * does not pay for compiling the schema.
 */
export function configValidatorCode(): string {
  const ajv = new Ajv({ allErrors: true, strict: false, code: { source: true, esm: true } });
  const code = standaloneCode(ajv, ajv.compile(configSchema()));
  return `// Generated by \`npm run generate\` from schemas/compact-lint.schema.json; do not edit.\n${code}\n`;
}

/** The README's table of checks, between its `checks:start` and `checks:end` markers. */
export function readmeChecks(): string {
  return [
    '| id | default | what it reports |',
    '| --- | --- | --- |',
    ...CHECKS.map((c) => `| [\`${c.id}\`](docs/rules.md#${anchor(c.id)}) | ${c.defaultSeverity} | ${c.description.replace(/\|/g, '\\|')} |`),
  ].join('\n');
}

const START = '<!-- checks:start (generated by npm run generate) -->';
const END = '<!-- checks:end -->';

export function withReadmeChecks(readme: string): string {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error('README.md lacks the checks markers');
  return readme.slice(0, a + START.length) + '\n' + readmeChecks() + '\n' + readme.slice(b);
}

/**
 * package.json with the check ids in the schema of the compactLint.checks
 * setting, so that the editor completes them in settings.json and marks an
 * id that names no check, and with the values of the spelling and framework
 * settings that the configuration knows (each described in package.nls.json
 * under the setting's key and the value).
 */
export function withSettingsChecks(packageJson: string): string {
  const pkg = JSON.parse(packageJson) as { contributes: { configuration: { properties: Record<string, Record<string, unknown>> } } };
  const properties = pkg.contributes.configuration.properties;
  const setting = properties['compactLint.checks'];
  if (!setting) throw new Error('package.json lacks the compactLint.checks setting');
  const severity = setting['additionalProperties'] as object;
  setting['propertyNames'] = { enum: CHECKS.map((c) => c.id) };
  setting['properties'] = Object.fromEntries(CHECKS.map((c) => [c.id, { ...severity, description: `${c.description} Default: ${c.defaultSeverity}.` }]));
  for (const [name, values] of [['spelling', SPELLING_CONVENTIONS], ['framework', FRAMEWORKS]] as const) {
    const choice = properties[`compactLint.${name}`];
    if (!choice) throw new Error(`package.json lacks the compactLint.${name} setting`);
    choice['enum'] = [...values];
    choice['enumDescriptions'] = values.map((v) => `%config.${name}.${v}%`);
  }
  return JSON.stringify(pkg, null, 2) + '\n';
}

/** The names of the built-in instruments, one per line (see server/src/core/instruments/names.ts). */
export function instrumentNamesJson(): string {
  return `[\n${namesOfInstruments(instrumentRegistry([]).all)
    .map((n) => JSON.stringify(n))
    .join(',\n')}\n]\n`;
}

/** The words of the built-in terminology's phrases, one phrase per line, and the proper names' misspelt forms (see server/src/core/terminology/lexicon.ts). */
export function lexiconPhrasesJson(): string {
  const { words, misspeltNames } = generatedPhrases(terminologyData(DEFAULT_CONFIG));
  const lines = (o: Readonly<Record<string, readonly string[]>>): string => Object.entries(o).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n');
  return `{\n  "words": {\n${lines(words)}\n  },\n  "misspeltNames": {\n${lines(misspeltNames)}\n  }\n}\n`;
}

if (require.main === module) {
  writeFileSync(join(ROOT, 'schemas/compact-lint.schema.json'), JSON.stringify(configSchema(), null, 2) + '\n');
  writeFileSync(join(ROOT, 'docs/rules.md'), rulesMarkdown());
  writeFileSync(join(ROOT, 'server/src/core/config/validateConfig.generated.js'), configValidatorCode());
  writeFileSync(join(ROOT, INSTRUMENT_NAMES_PATH), instrumentNamesJson());
  writeFileSync(join(ROOT, LEXICON_PHRASES_PATH), lexiconPhrasesJson());
  const readme = join(ROOT, 'README.md');
  writeFileSync(readme, withReadmeChecks(readFileSync(readme, 'utf8')));
  const pkg = join(ROOT, 'package.json');
  writeFileSync(pkg, withSettingsChecks(readFileSync(pkg, 'utf8')));
  writeFileSync(join(ROOT, GRAMMAR_PATH), injectionGrammarText());
  console.log('wrote the configuration schema and validator, docs/rules.md, the checks table of README.md, the check ids of the compactLint.checks setting, the names of the built-in instruments and the words of the built-in terminology phrases');
}
