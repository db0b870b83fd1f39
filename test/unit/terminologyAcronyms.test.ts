/**
 * Words in capitals that are not acronyms, and the data behind them: words
 * written in capitals for emphasis, place designations after a name, formats
 * every reader knows, and instrument acronyms that are also everyday words.
 * What the acronym check reports is specified by the fixtures under
 * test/fixtures/terminology/; this file keeps the data consistent and shows
 * the editor's view of those words, and what the quick fixes that define an
 * acronym at its first use, or move its definition there, write.
 */
import { strict as assert } from 'node:assert';
import { DEFAULT_CONFIG, applyFixes, buildModel, hover, lintModel, type Finding } from '../../server/src/core/index';
import acronymsRaw from '../../data/terminology/acronyms.json';

function modelOf(text: string) {
  return buildModel({ uri: 'file:///draft.md', version: 1, text }, DEFAULT_CONFIG);
}

function uses(text: string): string[] {
  return modelOf(text).facts('acronymUses').map((u) => u.acronym);
}

/** The acronym check's first finding in the text. */
function firstFinding(text: string): Finding {
  const [finding] = lintModel(modelOf(text)).filter((f) => f.checkId === 'terminology/acronym-undefined');
  assert.ok(finding);
  return finding;
}

/** The text after the first fix of the acronym check's first finding. */
function withFirstFix(text: string): string {
  const finding = firstFinding(text);
  assert.ok(finding.fixes?.[0]);
  return applyFixes(text, [{ ...finding, fixes: [finding.fixes[0]] }], { safeOnly: false }).text;
}

/** Each text, with the first finding's first fix applied, is the text beside it. */
function expectFixes(cases: readonly (readonly [string, string])[]): void {
  for (const [text, fixed] of cases) assert.equal(withFirstFix(text), fixed);
}

describe('words in capitals that are not acronyms', () => {
  const data = modelOf('').data;

  it('emphasis words and designations are no acronym of the data or the instrument registry', () => {
    for (const word of [...data.terminology.emphasisWords, ...acronymsRaw.designations.map((d) => d.acronym)]) {
      assert.ok(!data.terminology.acronyms.has(word) && !data.instruments.byAcronym(word), word);
    }
  });

  it('every designation and acronym known to every reader names its source', () => {
    for (const a of [...acronymsRaw.known, ...acronymsRaw.designations]) assert.ok(a.source.title && a.source.url, a.acronym);
    assert.ok(acronymsRaw.emphasis.sources.length > 0);
  });

  it('an instrument acronym that is also an everyday word is not among its names or the acronyms with an expansion', () => {
    for (const i of data.instruments.all) {
      for (const a of i.contextAcronyms) {
        assert.equal(data.instruments.byAcronym(a), undefined, a);
        assert.ok(!data.terminology.acronyms.has(a), a);
      }
    }
  });

  it('an emphasis word is never an acronym, an acronym of the data always is, in text or alone', () => {
    assert.deepEqual(uses('States MUST ensure it, NOT merely try; ALL of them. MUST.'), []);
    assert.deepEqual(uses('The WHO MUST act; the IOM SHALL act.'), ['WHO', 'IOM']);
  });

  it('a designation is an acronym after an acronym, in parentheses or alone', () => {
    assert.deepEqual(uses('Hong Kong SAR, Macao SAR, Lao PDR and Washington, DC.'), []);
    assert.deepEqual(uses('The UNHCR SAR team; search and rescue (SAR); SAR zones. The SAR team.'), ['UNHCR', 'SAR', 'SAR', 'SAR']);
    // Only after the place it belongs to: a Maltese or Libyan SAR zone is a search and rescue zone.
    assert.deepEqual(uses('The Maltese SAR zone and the Libyan SAR region.'), ['SAR', 'SAR']);
    assert.deepEqual(modelOf('search and rescue (SAR)').facts('acronymDefinitions').map((d) => d.expansion), ['search and rescue']);
  });

  it('hover on an everyday "SAR" offers no instrument; on "SAR" defined after the title, the SAR Convention', () => {
    const bare = 'SAR operations at sea.';
    const model = modelOf(bare);
    assert.equal(hover(model, 1, { data: model.data, others: [] }), undefined);
    const defined = 'The International Convention on Maritime Search and Rescue (SAR) applies.';
    const m = modelOf(defined);
    const h = hover(m, defined.indexOf('SAR)') + 1, { data: m.data, others: [] });
    assert.ok(h);
    assert.match(h.contents, /International Convention on Maritime Search and Rescue, 1979/);
  });
});

describe('moving an acronym\'s definition to its first use', () => {
  /** The text after the acronym check's fix at the first use of IOM, defined later in the text. */
  function moved(later: string): string {
    const text = `IOM supports returns.\n\n${later}\n`;
    assert.equal(lintModel(modelOf(text)).filter((f) => f.checkId === 'terminology/acronym-undefined').length, 1);
    assert.match(firstFinding(text).fixes?.[0]?.title ?? '', /^Move the definition here: "The International Organization for Migration \(IOM\)"$/);
    return withFirstFix(text);
  }
  const first = 'The International Organization for Migration (IOM) supports returns.\n\n';

  it('leaves the acronym where a plain long form was, across lines and in a quotation', () => {
    assert.equal(moved('The International Organization for Migration (IOM) works.'), `${first}The IOM works.\n`);
    assert.equal(moved('The International Organization  \nfor Migration (IOM) works.'), `${first}The IOM works.\n`);
    assert.equal(moved('> The International Organization\n> for Migration (IOM) works.'), `${first}> The IOM works.\n`);
    assert.equal(moved('The **International Organization for Migration (IOM)** works.'), `${first}The **IOM** works.\n`);
  });

  it('keeps a long form after "a" or "an", which the acronym might not take, and removes only the acronym after it', () => {
    assert.equal(withFirstFix('States asked an NGO to help.\n\nLater a non-governmental organization (NGO) agreed.\n'), 'States asked a non-governmental organization (NGO) to help.\n\nLater a non-governmental organization agreed.\n');
    assert.equal(withFirstFix('IOM acts.\n\nAn International Organization for Migration (IOM) office opened.\n'), 'The International Organization for Migration (IOM) acts.\n\nAn International Organization for Migration office opened.\n');
  });

  it('keeps a long form in a link or with emphasis of its own, and removes only the acronym after it', () => {
    assert.equal(moved('The [International Organization for Migration](https://www.iom.int) (IOM) works.'), `${first}The [International Organization for Migration](https://www.iom.int) works.\n`);
    assert.equal(moved('The **International Organization for Migration** (IOM) works.'), `${first}The **International Organization for Migration** works.\n`);
    assert.equal(moved('The International Organization for *Migration* (IOM) works.'), `${first}The International Organization for *Migration* works.\n`);
  });
});

describe('defining an acronym used before the document defines it', () => {
  it('writes the document\'s own long form in the number of the acronym used, which the later definition agrees with', () => {
    const cases: [string, string][] = [
      ['The RCPs meet.\n\nA Regional Consultative Process (RCP) is a forum.\n', 'The Regional Consultative Processes (RCPs) meet.'],
      ['The RMA meets.\n\nRegional Mobility Agencies (RMAs) are forums.\n', 'The Regional Mobility Agency (RMA) meets.'],
    ];
    for (const [text, first] of cases) {
      const fixed = withFirstFix(text);
      assert.equal(fixed.split('\n')[0], first);
      assert.deepEqual(lintModel(modelOf(fixed)).filter((f) => f.checkId.startsWith('terminology/acronym')).map((f) => f.checkId), []);
    }
  });

  it('writes the document\'s own long form, wherever the document gives it', () => {
    assert.equal(withFirstFix('The MPTF funds projects.\n\nLater, the MPTF (Migration Multi-Partner Trust Fund) reports.\n').split('\n')[0], 'The Migration Multi-Partner Trust Fund (MPTF) funds projects.');
    assert.equal(withFirstFix('The NAPE acts.\n\n| Abbreviation | Meaning |\n| --- | --- |\n| NAPE | National Action Plan Extra |\n').split('\n')[0], 'The National Action Plan Extra (NAPE) acts.');
  });

  it('reads the sentence of each acronym afresh, whatever the sentence of the one before', () => {
    // The treaty's sentence ends before CERD's; the sentence before it speaks of general comments.
    const text = 'The CRC is a treaty that States ratified long ago and still apply today. It has general comments. States that have long ratified the treaty on racial discrimination, the CERD, report.\n';
    const messages = lintModel(modelOf(text)).filter((f) => f.checkId === 'terminology/acronym-undefined').map((f) => f.message);
    assert.equal(messages.length, 2);
    assert.match(messages[1] as string, /write "International Convention on the Elimination of All Forms of Racial Discrimination \(CERD\)"/);
  });

  it('writes in lower case in a sentence a long form that only a table or a sentence start capitalized, and makes "a" or "an" agree', () => {
    const text = 'The plan was prepared with several CSOs. The NHRI of Ghana spoke.\n\nNational human rights institutions (NHRIs) monitor rights.\n\n| Abbreviation | Full name |\n| --- | --- |\n| CSO | Civil society organization |\n';
    const findings = lintModel(modelOf(text)).filter((f) => f.checkId === 'terminology/acronym-undefined');
    assert.equal(applyFixes(text, findings, { safeOnly: false }).text.split('\n')[0], 'The plan was prepared with several civil society organizations (CSOs). The national human rights institution (NHRI) of Ghana spoke.');
    expectFixes([
      ['States and an NGO met.\n', 'States and a non-governmental organization (NGO) met.\n'],
      ['The Network met: IOM spoke first.\n', 'The Network met: the International Organization for Migration (IOM) spoke first.\n'],
      ['Shelters and UNDP-supported projects.\n', 'Shelters and United Nations Development Programme (UNDP)-supported projects.\n'],
      // A treaty's acronym that acts is its committee's: the fix writes the committee's name, defined later or never.
      ['The CMW urged States to act.\n', 'The Committee on Migrant Workers (CMW) urged States to act.\n'],
      ['The CMW urged States to act.\n\nThe Committee (CMW) met.\n', 'The Committee on Migrant Workers (CMW) urged States to act.\n\nThe Committee (CMW) met.\n'],
      // An article before a long form given after its acronym is not part of it.
      ['We work with its IOM office.\n\nIOM: the International Organization for Migration.\n', 'We work with its International Organization for Migration (IOM) office.\n\nIOM: the International Organization for Migration.\n'],
      // Only within its own sentence, and not after "article 3 of".
      ['States ratified the CRC.\n\nGeneral comments guide them.\n', 'States ratified the Convention on the Rights of the Child (CRC).\n\nGeneral comments guide them.\n'],
      ['States implement the CEDAW. The committee issued general recommendations.\n', 'States implement the Convention on the Elimination of All Forms of Discrimination against Women (CEDAW). The committee issued general recommendations.\n'],
      ['Article 3 of the CRC calls for care.\n', 'Article 3 of the Convention on the Rights of the Child (CRC) calls for care.\n'],
      // A treaty that no committee monitors is not taken for one.
      ['The UNTOC calls for cooperation.\n', 'The United Nations Convention against Transnational Organized Crime (UNTOC) calls for cooperation.\n'],
      ['In its concluding observations, the CERD urged States.\n', 'In its concluding observations, the Committee on the Elimination of Racial Discrimination (CERD) urged States.\n'],
      // The full stop of "No." or "e.g." ends no sentence.
      ['In its general comment No. 6, the CRC is clear.\n', 'In its general comment No. 6, the Committee on the Rights of the Child (CRC) is clear.\n'],
      ['Reports to the CRC, e.g. its general comments, guide States.\n', 'Reports to the Committee on the Rights of the Child (CRC), e.g. its general comments, guide States.\n'],
      // The word after the acronym that repeats the long form's last word is not written twice.
      ['States use ICT technology.\n', 'States use information and communications technology (ICT).\n'],
      ['States use ICT tools.\n', 'States use information and communications technology (ICT) tools.\n'],
      // Nor the head noun of a title: "Convention on …", "Office of …".
      ['States should ratify the CEDAW Convention.\n', 'States should ratify the Convention on the Elimination of All Forms of Discrimination against Women (CEDAW).\n'],
      ['The UNHCR Office in Geneva met.\n', 'The Office of the United Nations High Commissioner for Refugees (UNHCR) in Geneva met.\n'],
      ['States apply the GCM migration principles.\n', 'States apply the Global Compact for Safe, Orderly and Regular Migration (GCM) migration principles.\n'],
      // Where the acronym is defined later too: the definition moves.
      ['States use ICT technology.\n\nInformation and communications technology (ICT) helps.\n', 'States use information and communications technology (ICT).\n\nICT helps.\n'],
    ]);
  });

  it('does not write again the words of the long form already before the acronym', () => {
    assert.equal(withFirstFix('The Migration MPTF funds projects.\n\nContributions to the Migration Multi-Partner Trust Fund (MPTF) rose.\n'), 'The Migration Multi-Partner Trust Fund (MPTF) funds projects.\n\nContributions to the MPTF rose.\n');
  });
});

describe('defining an acronym at its first use', () => {
  it('capitalizes a long form in lower case where it starts a sentence, and only there', () => {
    expectFixes([
      ['NGOs work here.\n', 'Non-governmental organizations (NGOs) work here.\n'],
      ['It rained. NGOs work here.\n', 'It rained. Non-governmental organizations (NGOs) work here.\n'],
      ['- NGOs work here.\n', '- Non-governmental organizations (NGOs) work here.\n'],
      ['States and NGOs work here.\n', 'States and non-governmental organizations (NGOs) work here.\n'],
      ['States and\nNGOs work here.\n', 'States and\nnon-governmental organizations (NGOs) work here.\n'],
    ]);
  });

  it('writes "the" before the name of a body where the words before leave it out, and nowhere else', () => {
    expectFixes([
      ['The UNHCR report is out.\n', 'The Office of the United Nations High Commissioner for Refugees (UNHCR) report is out.\n'],
      ['States and UNICEF cooperate.\n', "States and the United Nations Children's Fund (UNICEF) cooperate.\n"],
      ['UNICEF works here.\n', "The United Nations Children's Fund (UNICEF) works here.\n"],
      ['With support of UNICEF, States act.\n', "With support of the United Nations Children's Fund (UNICEF), States act.\n"],
      ['States, UNICEF and IOM act.\n', "States, the United Nations Children's Fund (UNICEF) and IOM act.\n"],
      ['States support a UNICEF office.\n', "States support a United Nations Children's Fund (UNICEF) office.\n"],
      ['States support the new UNICEF office.\n', "States support the new United Nations Children's Fund (UNICEF) office.\n"],
    ]);
  });

  it('writes no "the" where the acronym modifies the noun after it', () => {
    expectFixes([
      ['Under EU law, migrants have rights.\n', 'Under European Union (EU) law, migrants have rights.\n'],
      ['EU law applies here.\n', 'European Union (EU) law applies here.\n'],
      ['States act with IOM support.\n', 'States act with International Organization for Migration (IOM) support.\n'],
      ['States act through UNICEF programmes.\n', "States act through United Nations Children's Fund (UNICEF) programmes.\n"],
      // The full stop of "e.g." ends no sentence.
      ['Partners act, e.g. UNICEF programmes in schools.\n', "Partners act, e.g. United Nations Children's Fund (UNICEF) programmes in schools.\n"],
      // A verb after the acronym, or what may be one after a conjunction: it is the subject, and takes its "the".
      ['IOM said so.\n', 'The International Organization for Migration (IOM) said so.\n'],
      ['States and IOM helped.\n', 'States and the International Organization for Migration (IOM) helped.\n'],
      ['IOM therefore acts.\n', 'The International Organization for Migration (IOM) therefore acts.\n'],
      ['States and IOM jointly act.\n', 'States and the International Organization for Migration (IOM) jointly act.\n'],
      ['States, with IOM providing aid, act.\n', 'States, with the International Organization for Migration (IOM) providing aid, act.\n'],
      ['As IOM notes, States act.\n', 'As the International Organization for Migration (IOM) notes, States act.\n'],
    ]);
  });

  it('writes "the" after a verb that takes the body as its object, or a word that opens a clause, and none before a name the acronym starts', () => {
    expectFixes([
      ['Welcomed IOM as a related agency.\n', 'Welcomed the International Organization for Migration (IOM) as a related agency.\n'],
      ['Partners include UNICEF, States and cities.\n', "Partners include the United Nations Children's Fund (UNICEF), States and cities.\n"],
      ['Donors supported UNICEF programmes.\n', "Donors supported United Nations Children's Fund (UNICEF) programmes.\n"],
      ['It is a forum which IOM organizes.\n', 'It is a forum which the International Organization for Migration (IOM) organizes.\n'],
      ['The plan helps, as does UNDP.\n', 'The plan helps, as does the United Nations Development Programme (UNDP).\n'],
      ['The fund, which UNICEF staff manage, grew.\n', "The fund, which United Nations Children's Fund (UNICEF) staff manage, grew.\n"],
      ['Sources (e.g. [UNICEF Annual Report](https://example.org)) agree.\n', "Sources (e.g. [United Nations Children's Fund (UNICEF) Annual Report](https://example.org)) agree.\n"],
      ['**UNICEF Executive Board** met.\n', "**United Nations Children's Fund (UNICEF) Executive Board** met.\n"],
      ['It follows the Compact (IOM guidance 3).\n', 'It follows the Compact (International Organization for Migration (IOM) guidance 3).\n'],
    ]);
  });

  it('offers no rewrite of a possessive acronym, or of one after a hyphen, which need rewording', () => {
    assert.equal(firstFinding("States support the IOM's work.\n").fixes, undefined);
    const compound = firstFinding('The European Union (EU) funds the EU-IOM Joint Initiative.\n');
    assert.match(compound.message, /"IOM" is never defined/);
    assert.equal(compound.fixes, undefined);
    assert.equal(firstFinding('The European Union (EU) funds the EU–IOM Joint Initiative.\n').fixes, undefined);
  });

  it('offers no long form inside a list of acronyms in parentheses, which is a label for what is named before', () => {
    const finding = firstFinding('The two Committees adopted joint comments (CMW–CRC).\n');
    assert.equal(finding.fixes, undefined);
    assert.match(finding.message, /write the long forms of the listed acronyms right before the parentheses/);
    assert.equal(firstFinding('Joint comments (IOM and UNDP) exist.\n').fixes, undefined);
  });
});

describe('the long form of an acronym', () => {
  const longForms = (text: string): string[] => modelOf(text).facts('acronymDefinitions').map((d) => `${d.acronym}=${d.expansion}`);

  it('takes in the capitalized words of the name before the words that spell it, after an article or a preposition', () => {
    assert.deepEqual(longForms('Support from the Migration Multi-Partner Trust Fund (MPTF) is key.'), ['MPTF=Migration Multi-Partner Trust Fund']);
    assert.deepEqual(longForms('It is funded by Migration Multi-Partner Trust Fund (MPTF) grants.'), ['MPTF=Migration Multi-Partner Trust Fund']);
  });

  it('leaves a leading article out of a long form in a table or after a colon', () => {
    assert.deepEqual(longForms('| Name | Abbreviation |\n| --- | --- |\n| The International Organization for Migration | IOM |\n'), ['IOM=International Organization for Migration']);
    assert.deepEqual(longForms('IOM: the International Organization for Migration.\n'), ['IOM=International Organization for Migration']);
  });

  it('gives each of the acronyms listed after their long forms its own long form', () => {
    assert.deepEqual(longForms('The Committee on Migrant Workers and the Committee on the Rights of the Child (CMW–CRC) met.'), ['CMW=Committee on Migrant Workers', 'CRC=Committee on the Rights of the Child']);
    assert.deepEqual(longForms('The International Organization for Migration, the United Nations Children\'s Fund and the International Labour Organization (IOM, UNICEF and ILO) met.'), [
      'IOM=International Organization for Migration',
      "UNICEF=United Nations Children's Fund",
      'ILO=International Labour Organization',
    ]);
    assert.deepEqual(longForms('The programme is run jointly (UNDP/UNFPA).'), []);
  });

  it('leaves out a word that opens the sentence, follows "and" or is an acronym', () => {
    assert.deepEqual(longForms('The International Organization for Migration (IOM) works.'), ['IOM=International Organization for Migration']);
    assert.deepEqual(longForms('In 2020, Bangladesh and Nepal Regional Consultative Process (RCP) met.'), ['RCP=Regional Consultative Process']);
    assert.deepEqual(longForms('We thank the UNHCR International Organization for Migration (IOM) office.'), ['IOM=International Organization for Migration']);
  });
});
