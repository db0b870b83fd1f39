/**
 * Recognition of instrument mentions, form by form: what the extractor finds
 * (instrument ids and the exact characters), and the near-misses it must leave
 * alone. The checks built on these facts are specified by the fixtures under
 * test/fixtures/instruments/.
 */
import { strict as assert } from 'node:assert';
import { DEFAULT_CONFIG, buildModel, mergeConfigs, parseConfig } from '../../server/src/core/index';

function mentions(text: string, config = DEFAULT_CONFIG): string[] {
  const model = buildModel({ uri: 'test', version: 1, text }, config);
  return model.facts('instrumentMentions').map((m) => `${m.match}:${m.ids.join('|') || '-'}:${text.slice(m.span.start, m.span.end)}`);
}

describe('instrument mentions', () => {
  const cases: [string, string, string[]][] = [
    ['full title, any case, line break inside', 'the Convention on the Rights\nof the CHILD', ['exact:crc:Convention on the Rights\nof the CHILD']],
    ['curly and straight apostrophes', 'the Women’s Convention and the Women\'s Convention', ["exact:cedaw:Women’s Convention", "exact:cedaw:Women's Convention"]],
    ['short names', 'the Refugee Convention, the 1951 Convention and its 1967 Protocol', ['exact:refugee-convention-1951:Refugee Convention', 'exact:refugee-convention-1951:1951 Convention', 'exact:refugee-protocol-1967:1967 Protocol']],
    ['acronyms, case-sensitive, whole words', 'CRC, ICRMW, UNTOC, CEDAW; not crc, CRCs or ICRMWx', ['exact:crc:CRC', 'exact:icrmw:ICRMW', 'exact:untoc:UNTOC', 'exact:cedaw:CEDAW']],
    ['adjectival use', 'UNTOC and its Protocols', ['exact:untoc:UNTOC']],
    ['a treaty\'s one protocol after its name', 'the Forced Labour Convention, 1930, and its Protocol; the CRC and its Protocol; the 1951 Convention and its 1968 Protocol relating to the Status of Refugees', [
      'exact:ilo-c029:Forced Labour Convention, 1930', 'exact:ilo-p029:Protocol', 'exact:crc:CRC', 'exact:refugee-convention-1951:1951 Convention',
      'exact:refugee-protocol-1967:Protocol relating to the Status of Refugees',
    ]],
    ['ILO forms', 'ILO Convention No. 189, Convention No. 29, C189, C029, the Domestic Workers Convention, 2011 (No. 189)', [
      'exact:ilo-c189:ILO Convention No. 189', 'exact:ilo-c029:Convention No. 29', 'exact:ilo-c189:C189', 'exact:ilo-c029:C029', 'exact:ilo-c189:Domestic Workers Convention, 2011 (No. 189)',
    ]],
    ['ILO lists', 'ILO Conventions Nos. 29, 97 and 143', ['exact:ilo-c029:29', 'exact:ilo-c097:97', 'exact:ilo-c143:143']],
    ['ILO lists with "No." before each number', 'ILO Conventions No. 97 and No. 143', ['exact:ilo-c097:97', 'exact:ilo-c143:143']],
    ['a title without "United Nations"', 'the Convention against Transnational Organized Crime', ['exact:untoc:Convention against Transnational Organized Crime']],
    ['a title without its closing year', 'the International Convention for the Safety of Life at Sea', ['exact:solas-1974:International Convention for the Safety of Life at Sea']],
    ['an ambiguous short name', 'the Palermo Protocol', ['exact:trafficking-protocol|smuggling-protocol:Palermo Protocol']],
    ['a near-miss', 'the Forced Labor Convention', ['near:ilo-c029:Forced Labor Convention']],
    ['an unknown title', 'the Convention on Biological Diversity', ['unknown:-:Convention on Biological Diversity']],
    ['never inside code or link destinations', '`CRC` and [text](https://example.org/CRC)', []],
  ];
  for (const [what, text, expected] of cases) it(what, () => assert.deepEqual(mentions(text), expected));

  it('leaves near-misses alone', () => {
    const text = 'The Convention said so; a convention on labour standards; the Declaration; the Protocol of the meeting; the Forced Labour Conventions; the ILO conventions; the CRCs.';
    assert.deepEqual(mentions(text), []);
  });

  it('takes an acronym that is also an everyday word for the instrument only where the text defines it so', () => {
    assert.deepEqual(mentions('SAR operations at sea; Hong Kong SAR and Macao SAR; the CAT and a CAT scan'), []);
    assert.deepEqual(mentions('the SAR Convention, the SAR Convention 1979 and the UNCAT'), ['exact:sar-1979:SAR Convention', 'exact:sar-1979:SAR Convention 1979', 'exact:cat:UNCAT']);
    assert.deepEqual(mentions('the International Convention on Maritime Search and Rescue (SAR) and the Convention against Torture (CAT)'), [
      'exact:sar-1979:International Convention on Maritime Search and Rescue', 'exact:sar-1979:SAR', 'exact:cat:Convention against Torture', 'exact:cat:CAT',
    ]);
    assert.deepEqual(mentions('the Convention against Torture (SAR), the Convention against Torture (CAT, 1984)'), ['exact:cat:Convention against Torture', 'exact:cat:Convention against Torture']);
  });

  it('recognizes the instruments of the configuration, by every name', () => {
    const parsed = parseConfig(JSON.stringify({ instruments: [{ id: 'cbd', title: 'Convention on Biological Diversity', aliases: ['Biodiversity Convention'], acronyms: ['CBD'] }] }));
    const config = mergeConfigs([parsed.config]);
    assert.deepEqual(mentions('the CBD, the Biodiversity Convention and the Convention on Biological Diversity', config), [
      'exact:cbd:CBD', 'exact:cbd:Biodiversity Convention', 'exact:cbd:Convention on Biological Diversity',
    ]);
  });

  it('takes a shorter exact name followed by a misspelling of a longer name\'s last word for a near-miss of the longer one', () => {
    const parsed = parseConfig(JSON.stringify({ instruments: [
      { id: 'ofm', title: 'Ocean Fisheries Management' },
      { id: 'ofma', title: 'Ocean Fisheries Management Agreement' },
    ] }));
    const config = mergeConfigs([parsed.config]);
    assert.deepEqual(mentions('the Ocean Fisheries Management Agreemnt was signed; the Ocean Fisheries Management met', config), [
      'near:ofma:Ocean Fisheries Management Agreemnt', 'exact:ofm:Ocean Fisheries Management',
    ]);
  });
});
