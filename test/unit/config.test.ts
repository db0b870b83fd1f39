import { strict as assert } from 'node:assert';
import { DEFAULT_CONFIG, lintText, mergeConfigs, parseConfig, unknownDisabledConcepts } from '../../server/src/core/index';

describe('configuration', () => {
  it("adds the user's concepts to the glossary, with the words that make a deprecated term part of another phrase", () => {
    const r = parseConfig(
      '{ "glossary": { "add": [{ "id": "non-national", "preferred": "non-national", "deprecated": [{ "term": "alien", "unless": { "followedBy": ["Species"] } }] }] } }',
    );
    assert.deepEqual(r.problems, []);
    const config = mergeConfigs([r.config]);
    const text = 'Invasive alien species spread; the alien was registered.\n';
    const found = lintText({ uri: 'file:///draft.md', version: 1, text }, config).findings.filter((f) => f.checkId === 'terminology/deprecated-term');
    assert.deepEqual(
      found.map((f) => text.slice(f.span.start, f.span.end)),
      ['alien'],
    );
    assert.equal(found[0]?.span.start, text.indexOf('the alien ') + 4);
  });

  it('accepts comments and trailing commas', () => {
    const r = parseConfig('{\n  // UN style\n  "spelling": "un",\n  "checks": { "sdg/unknown-goal": "warning", },\n}');
    assert.deepEqual(r.problems, []);
    assert.equal(r.config.spelling, 'un');
  });

  it('reports each problem at its offset and drops only the bad setting', () => {
    const text = '{ "spelling": 3, "checks": { "sdg/unknown-goal": "warning", "nope/x": "off", "sdg/unknown-target": "loud" }, "extra": 1 }';
    const r = parseConfig(text);
    const got = r.problems.map((p) => [p.message, text.slice(p.start, p.end)]);
    assert.deepEqual(got.sort(), [
      ['Invalid value for "checks.sdg/unknown-target": expected one of "off", "hint", "info", "warning", "error".', '"loud"'],
      ['Invalid value for "spelling": expected one of "un", "us", "en-gb-ise", "off".', '3'],
      ['Unknown check id "nope/x" in "checks" (see docs/rules.md for the list).', '"nope/x": "off"'],
      ['Unknown setting "extra".', '"extra": 1'],
    ].sort());
    assert.deepEqual(r.config.checks, { 'sdg/unknown-goal': 'warning' });
    assert.equal(r.config.spelling, undefined);
  });

  it('reports a number too large to be read ("1e400", which JSON reads as Infinity) as no value the setting takes', () => {
    const text = '{ "maxFileSize": 1e400 }';
    const r = parseConfig(text);
    assert.deepEqual(r.problems.map((p) => [p.message, text.slice(p.start, p.end)]), [['Invalid value for "maxFileSize": expected integer.', '1e400']]);
    assert.equal(r.config.maxFileSize, undefined);
  });

  it('reports a key given twice in one object at its second occurrence, and keeps the last value', () => {
    const text = '{ "spelling": "us", "checks": { "sdg/unknown-goal": "off", "sdg/unknown-goal": "error" }, "spelling": "un" }';
    const r = parseConfig(text);
    assert.deepEqual(
      r.problems.map((p) => [p.message, p.start]),
      [
        ['Duplicate key "sdg/unknown-goal": only its last value is used.', text.lastIndexOf('"sdg/unknown-goal"')],
        ['Duplicate key "spelling": only its last value is used.', text.lastIndexOf('"spelling"')],
      ],
    );
    assert.deepEqual(r.config, JSON.parse(text));
  });

  it('reads "__proto__" as a key like any other, not as the prototype', () => {
    const r = parseConfig('{ "__proto__": { "spelling": "us" } }');
    assert.deepEqual(r.problems.map((p) => p.message), ['Unknown setting "__proto__".']);
    assert.equal(Object.getPrototypeOf(r.config), Object.prototype);
    assert.equal(r.config.spelling, undefined);
  });

  it('reports invalid JSON with its position', () => {
    const r = parseConfig('{ "checks": { ');
    assert.equal(r.problems.length > 0, true);
    assert.match(r.problems[0]!.message, /^Invalid JSON: /);
    assert.deepEqual(parseConfig('[1]').problems.map((p) => p.message), ['The configuration must be a JSON object.']);
    assert.deepEqual(parseConfig('').problems.map((p) => p.message), ['Invalid JSON: value expected.']);
    // Two objects left open: one error where they end, not two.
    assert.deepEqual(parseConfig('{ "checks": { "sdg/unknown-goal": "off" ').problems.map((p) => [p.message, p.start]), [['Invalid JSON: close brace expected.', 40]]);
  });

  it('reports a problem inside a list at the key it is about', () => {
    const text = '{\n  "instruments": [\n    { "id": "cbd",\n      "title": "Convention on Biological Diversity",\n      "acronym": "CBD" }\n  ]\n}\n';
    const [problem, ...others] = parseConfig(text).problems;
    assert.equal(others.length, 0);
    assert.match(problem?.message ?? '', /instruments\.0\.acronym/);
    assert.equal(text.slice(problem?.start, problem?.end), '"acronym": "CBD"');
  });

  it('takes the dates of an instrument only as YYYY-MM-DD, YYYY-MM or YYYY', () => {
    const r = parseConfig('{ "instruments": [{ "id": "x", "title": "X Convention", "adopted": "June 1992" }] }');
    assert.deepEqual(r.problems.map((p) => p.message), ['Invalid value for "instruments.0.adopted": expected a date, YYYY-MM-DD (or YYYY-MM, or YYYY).']);
    assert.deepEqual(parseConfig('{ "instruments": [{ "id": "x", "title": "X Convention", "adopted": "1992-06", "entryIntoForce": "1993" }] }').problems, []);
  });

  it('reports a concept of glossary.disable that neither the glossary nor the merged configuration defines, with the closest id', () => {
    const text = '{ "glossary": { "disable": ["member-states", "irregular-migratoin", "house-style", "our-term"] } }';
    const r = parseConfig(text);
    assert.deepEqual(r.problems, []);
    const own = mergeConfigs([{ glossary: { add: [{ id: 'our-term', preferred: 'our term' }] } }, r.config]);
    const got = unknownDisabledConcepts(own, r.disabled).map((p) => [p.message, text.slice(p.start, p.end), p.dropped]);
    assert.deepEqual(got, [
      ['Unknown glossary concept "irregular-migratoin" in "glossary.disable": it disables nothing. Did you mean "irregular-migration"?', '"irregular-migratoin"', 'nothing'],
      ['Unknown glossary concept "house-style" in "glossary.disable": it disables nothing.', '"house-style"', 'nothing'],
    ]);
    // A list the schema refused is dropped and reported as such, not again here.
    assert.deepEqual(parseConfig('{ "glossary": { "disable": "member-states" } }').disabled, []);
  });

  it('refuses empty or blank strings, which name nothing: an empty keyword would turn every objective check off', () => {
    const text = '{ "objectives": { "keywords": ["  "] }, "glossary": { "add": [{ "id": "", "preferred": "x" }] }, "spelling": "un" }';
    const r = parseConfig(text);
    assert.deepEqual(
      r.problems.map((p) => [p.message, text.slice(p.start, p.end)]).sort(),
      [
        ['Invalid value for "glossary.add.0.id": expected a non-empty string.', '""'],
        ['Invalid value for "objectives.keywords.0": expected a non-empty string.', '"  "'],
      ],
    );
    assert.deepEqual(r.config, { spelling: 'un' });
  });

  it('cascades: maps merge, lists concatenate, scalars override', () => {
    const merged = mergeConfigs([
      { checks: { 'sdg/unknown-goal': 'warning', 'sdg/unknown-target': 'off' }, spelling: 'us', acronyms: { known: ['ABC'] } },
      { checks: { 'sdg/unknown-target': 'error' }, acronyms: { known: ['XYZ'] } },
    ]);
    assert.deepEqual(merged.checks, { 'sdg/unknown-goal': 'warning', 'sdg/unknown-target': 'error' });
    assert.equal(merged.spelling, 'us');
    assert.deepEqual(merged.acronyms.known, ['ABC', 'XYZ']);
    assert.equal(merged.maxFileSize, DEFAULT_CONFIG.maxFileSize);
  });
});
