import * as assert from 'node:assert/strict';
import { toExtract } from '../../../server/src/analysis/extract';
import type { Anonymity, ArticleModel } from '../../../server/src/analysis/model';
import { body } from '../../helpers/articles';
import { analyze, sourceNamed, speakerOfQuote } from '../../helpers/model';

interface AnonymityView {
  granted: string | null;
  access: string | null;
  reason: string | null;
  vague: boolean;
}

function view(model: ArticleModel, a: Anonymity): AnonymityView {
  for (const part of [a.granted, a.access, a.reason]) if (part) assert.equal(model.text.slice(part.start, part.end), part.text);
  return { granted: a.granted?.text ?? null, access: a.access?.text ?? null, reason: a.reason?.text ?? null, vague: a.vague };
}

/** The anonymity details of the one anonymous source named `name`. */
function anonymityOf(text: string, name: string): AnonymityView {
  const model = analyze(text);
  const source = sourceNamed(model, name);
  assert.equal(source.kind, 'anonymous', `${name} is ${source.kind}`);
  assert.equal(source.anonymity.length, 1);
  return view(model, source.anonymity[0]);
}

describe('anonymous sources', () => {
  it('records anonymity granted, but granting alone is not a reason', () => {
    const text = body('A U.S. official speaking on condition of anonymity said the talks had stalled.');
    assert.deepEqual(anonymityOf(text, 'a U.S. official'), { granted: 'speaking on condition of anonymity', access: null, reason: null, vague: false });
    const speaker = toExtract(analyze(text), 'x.article.md').speakers.find((s) => s.name === 'a U.S. official')!;
    assert.equal(speaker.anonymous, true);
    assert.equal(speaker.anonymityReason, null);
  });

  it('finds the reason in the same sentence', () => {
    const text = body('“We will not back down,” a senior U.S. official said, speaking on condition of anonymity because he was not authorized to discuss the talks.');
    const found = anonymityOf(text, 'a senior U.S. official');
    assert.equal(found.granted, 'speaking on condition of anonymity');
    assert.match(found.reason ?? '', /^because he was not authorized to discuss/);
    assert.match(toExtract(analyze(text), 'x.article.md').speakers[0].anonymityReason ?? '', /^because he was not authorized/);
  });

  it('finds a reason after "according to" an official who spoke on condition of anonymity', () => {
    const found = anonymityOf(
      body('Two service members were wounded, according to a U.S. official who spoke on condition of anonymity because the information had not been made public.'),
      'a U.S. official',
    );
    assert.equal(found.granted, 'who spoke on condition of anonymity');
    assert.equal(found.reason, 'because the information had not been made public');
  });

  it('makes anyone described without a name anonymous when the story says anonymity was granted', () => {
    const text = body(
      'A logistics manager at one of the port\'s largest tenants, who spoke on condition of anonymity because he was not authorized to discuss contracts, said two vessels were diverted.\n\n"It is a question of when," the manager said.',
    );
    const found = anonymityOf(text, "a logistics manager at one of the port's largest tenants");
    assert.equal(found.granted, 'who spoke on condition of anonymity');
    // The whole reason, to its comma, as the hover card and the report show it.
    assert.equal(found.reason, 'because he was not authorized to discuss contracts');
    // The definite description later is the same source.
    assert.equal(speakerOfQuote(analyze(text), 'question of when')?.name, "a logistics manager at one of the port's largest tenants");
    // Described without a name, but with no anonymity granted: a person, as before.
    assert.equal(sourceNamed(analyze(body('A logistics manager at the port said two vessels were diverted.')), 'a logistics manager at the port').kind, 'person');
  });

  it('reads "who declined to give her name" as anonymity granted', () => {
    const found = anonymityOf(body('A neighbor who declined to give her name because she did not want to be involved said she had seen a man at the door.'), 'a neighbor');
    assert.equal(found.granted, 'who declined to give her name');
    // The reason ends where the sentence's verb takes over, comma or not.
    assert.equal(found.reason, 'because she did not want to be involved');
  });

  it('reads anonymity granted after a relative clause: a worker who lost her job, speaking on condition of anonymity', () => {
    const found = anonymityOf(
      body('Two employees who received layoff notices on Monday, speaking on condition of anonymity because they feared losing their severance, said managers were told only hours before.'),
      'two employees',
    );
    assert.equal(found.granted, 'speaking on condition of anonymity');
    assert.equal(found.reason, 'because they feared losing their severance');
    assert.equal(anonymityOf(body('A worker who lost her job, speaking on condition of anonymity, said the memo came as a shock.'), 'a worker').granted, 'speaking on condition of anonymity');
    assert.equal(anonymityOf(body('A worker who lost her job and spoke on condition of anonymity said the memo came as a shock.'), 'a worker').granted, 'on condition of anonymity');
    // A relative clause that grants nothing leaves a person described.
    assert.equal(sourceNamed(analyze(body('A worker who lost her job, speaking to reporters, said the memo came as a shock.')), 'a worker').kind, 'person');
  });

  it('reads anonymity granted in a relative clause with no commas: a relative who asked not to be named', () => {
    const found = anonymityOf(
      body('A relative of Rosa Ibarra who asked not to be named because the family had not yet spoken publicly said Ibarra had walked the route for 20 years.'),
      'a relative of Rosa Ibarra',
    );
    assert.equal(found.granted, 'who asked not to be named');
    assert.equal(found.reason, 'because the family had not yet spoken publicly');
  });

  it('finds the reason in the next sentence: "because the talks are private"', () => {
    const found = anonymityOf(body('A U.S. official said the talks had stalled. The official spoke on condition of anonymity because the talks are private.'), 'a U.S. official');
    assert.equal(found.reason, 'because the talks are private');
    assert.notEqual(found.granted, null);
  });

  it('does not take a reason from two sentences later', () => {
    const found = anonymityOf(body('A U.S. official said the talks had stalled. The council met on Monday. Its records are sealed because the talks are private.'), 'a U.S. official');
    assert.equal(found.reason, null);
  });

  it('does not take the reason another anonymous source gives in the next sentence', () => {
    const text = body(
      'Two people familiar with the matter said a private equity firm had also approached the company.',
      'A banker involved in the deal, who spoke on condition of anonymity because he was not authorised to discuss it publicly, said the firm had dropped out.',
    );
    assert.equal(anonymityOf(text, 'two people familiar with the matter').reason, null);
    assert.equal(anonymityOf(text, 'a banker involved in the deal').reason, 'because he was not authorised to discuss it publicly');
  });

  it('makes an unnamed source described by what it is placed to know anonymous: two lobbyists briefed on the talks', () => {
    const found = anonymityOf(body('Two lobbyists who have been briefed on the talks said the House was drafting a stopgap.'), 'two lobbyists');
    assert.deepEqual(found, { granted: null, access: 'who have been briefed on the talks', reason: null, vague: false });
  });

  it('tells what a source is placed to know from why it is anonymous', () => {
    const found = anonymityOf(body('The company plans to cut jobs, people familiar with the matter said, asking not to be identified because the plans are private.'), 'people familiar with the matter');
    assert.match(found.access ?? '', /^familiar with the matter/);
    assert.equal(found.granted, 'asking not to be identified');
    assert.equal(found.reason, 'because the plans are private');
    assert.equal(found.vague, false);
  });

  it('ends the access qualifier before the verb', () => {
    assert.equal(anonymityOf(body('The company plans to cut jobs, people familiar with the matter said.'), 'people familiar with the matter').access, 'familiar with the matter');
  });

  it('leaves bare "officials" with no reason and no access', () => {
    const found = anonymityOf(body('Officials said the talks had stalled.'), 'officials');
    assert.deepEqual([found.granted, found.access, found.reason], [null, null, null]);
  });

  it('marks a bare "a source" as vague', () => {
    assert.deepEqual(anonymityOf(body('A source said the talks had stalled.'), 'a source'), { granted: null, access: null, reason: null, vague: true });
  });

  it('does not mark a described official as vague', () => {
    assert.equal(anonymityOf(body('A senior U.S. official said the talks had stalled.'), 'a senior U.S. official').vague, false);
  });

  it('takes officials, sources and people familiar with the matter as anonymous, at a sentence start too', () => {
    for (const [sentence, name] of [
      ['Officials said the talks had stalled.', 'officials'],
      ['Sources told Reuters the talks had stalled.', 'sources'],
      ['People familiar with the matter said the talks had stalled.', 'people familiar with the matter'],
    ]) {
      assert.equal(sourceNamed(analyze(body(sentence)), name).kind, 'anonymous', sentence);
    }
  });

  it('takes a configured anonymous pattern as anonymous', () => {
    const model = analyze(body('"We are ready," a party insider said.'), { lexicon: { anonymousPatterns: ['party insider'] } });
    assert.equal(sourceNamed(model, 'a party insider').kind, 'anonymous');
  });

  it('reads a configured pattern as a regular expression', () => {
    const model = analyze(body('"The fire started at night," two neighbours said.'), { lexicon: { anonymousPatterns: ['two neighbou?rs'] } });
    assert.equal(sourceNamed(model, 'two neighbours').kind, 'anonymous');
  });

  it('gives named people no anonymity details', () => {
    const model = analyze(body('"We are ready," Ana Ortiz said, speaking on condition of anonymity.'));
    assert.deepEqual(sourceNamed(model, 'Ana Ortiz').anonymity, []);
  });
});
