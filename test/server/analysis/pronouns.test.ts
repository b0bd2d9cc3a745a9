/**
 * Pronoun speakers resolved to the right earlier source, by the text's own evidence first:
 * titles, pronouns already used, who was the subject or was asked, who spoke last.
 */
import * as assert from 'node:assert/strict';
import { body } from '../../helpers/articles';
import { analyze, attributionAbout, mentionsOf, sourceNamed, speakerNameOf, speakerOfQuote } from '../../helpers/model';

describe('pronouns', () => {
  it('reads a pronoun with a contracted verb as that pronoun, never a name: They’re calling it “a disaster”', () => {
    const model = analyze(body('The tenants met on Monday. They’re calling the rent rise “a disaster for families.”'));
    assert.ok(!model.sources.some((s) => s.name === 'They’re'), JSON.stringify(model.sources.map((s) => s.name)));
    assert.equal(speakerOfQuote(model, 'a disaster')?.mention, 'They’re');
  });

  it('resolves he and she by Mr. and Ms. where the forenames say nothing', () => {
    const model = analyze(body('Ms. Robin Ellis met Mr. Kim Park on Monday.', '“We talked,” she said.', '“We did,” he said.'));
    assert.equal(speakerNameOf(model, 'We talked'), 'Robin Ellis');
    assert.equal(speakerNameOf(model, 'We did'), 'Kim Park');
    const ellis = sourceNamed(model, 'Robin Ellis');
    assert.equal(ellis.gender, 'female');
    assert.equal(ellis.genderReason?.step, 'title');
  });

  it('resolves by the pronouns the text already used for a person, over a forename guess', () => {
    const model = analyze(body('Alex Moreno spoke at the rally. She said the plan was working.', 'Jordan Lee arrived later. He sat down.', '“It works,” she said.'));
    assert.equal(speakerNameOf(model, 'It works'), 'Alex Moreno');
    assert.equal(sourceNamed(model, 'Alex Moreno').gender, 'female');
  });

  it('resolves a pronoun to a voter introduced with an age and a hometown, which is no title', () => {
    const model = analyze(body('Dale Smithers, 41, of Tupelo, Miss., dismisses the idea that a ballot matters. "I cannot see it," he said.'));
    assert.equal(speakerNameOf(model, 'cannot see it'), 'Dale Smithers');
    assert.equal(sourceNamed(model, 'Dale Smithers').title, null);
  });

  it('resolves to the only person the pronoun fits', () => {
    const model = analyze(body('Mark Rivera met Ana Ortiz on Monday.', '“We talked,” she said.'));
    assert.equal(speakerNameOf(model, 'We talked'), 'Ana Ortiz');
  });

  it('resolves to the subject of the previous sentence', () => {
    const model = analyze(body('Defense Secretary Mark Rivera met Senator Ana Ortiz on Monday. “It’s a mistake,” he said.'));
    assert.equal(speakerNameOf(model, 'mistake'), 'Mark Rivera');
  });

  it('prefers the subject of the previous sentence over its object', () => {
    const model = analyze(body('Ana Ortiz met Maria Lopez on Monday. She said the talks went well.'));
    assert.equal(model.sources[attributionAbout(model, 'talks went well').source].name, 'Ana Ortiz');
  });

  it('takes the subject of the previous sentence\'s main clause, not a name in the clause before it', () => {
    const model = analyze(body(
      '"I would make the same call again," coach Mia Hartley said.',
      'Asked whether goalkeeper Ana Souza had asked to come off, Hartley paused before answering. "We talked about it," she said.',
    ));
    assert.equal(speakerNameOf(model, 'We talked'), 'Mia Hartley');
    // In the pronoun's own sentence, the opening clause's name is the one meant.
    const own = analyze(body('Mia Hartley spoke first.', 'When Emily Ruiz, the club\'s counsel, gave a talk, she said "nobody asked."'));
    assert.equal(speakerNameOf(own, 'nobody asked'), 'Emily Ruiz');
  });

  it('takes the speaker after an opening quotation for the subject of that sentence: "\"…,\" Okafor told reporters"', () => {
    const model = analyze(body(
      'Jonah Okafor scored twice. Manager Liam Doyle said Okafor had trained only twice this week.',
      '"Honestly, I did not think he would last an hour," he said.',
      'Okafor said the dressing room had been quiet until Doyle arrived.',
      '"The gaffer was not happy, you could hear him from the car park," Okafor told reporters. "I have been waiting for a day like this," he said.',
    ));
    assert.equal(speakerNameOf(model, 'waiting for a day'), 'Jonah Okafor');
  });

  it('takes the one asked in the previous sentence for who answers, not the one asking', () => {
    const model = analyze(body(
      'Rosalind Baines, the defense lawyer, cross-examined Carol Whitcombe on Tuesday.',
      'Ms. Baines asked Ms. Whitcombe why she had not gone to the police. "Because I needed that job," she said.',
    ));
    assert.equal(speakerNameOf(model, 'needed that job'), 'Carol Whitcombe');
    // Questioning someone's logic puts no question to them.
    const logic = analyze(body(
      'Juan Marek, a former adviser, spoke after Ana Ruiz.',
      'Marek also pressed Ruiz\'s aides on the plan. "There is no easy answer," he said.',
    ));
    assert.equal(speakerNameOf(logic, 'no easy answer'), 'Juan Marek');
  });

  it('never resolves a pronoun to the person its own reported words open on', () => {
    const model = analyze(body(
      'A third employee, a former quality manager, said he raised the problem with the maintenance director, Gary Pruitt, in April.',
      'He said Pruitt told him to "stop writing things down."',
    ));
    const employee = sourceNamed(model, 'a third employee');
    assert.equal(employee.kind, 'anonymous');
    assert.equal(attributionAbout(model, 'Pruitt told him').source, employee.id);
  });

  it('still resolves a pronoun to the person named in words that come before it', () => {
    const model = analyze(body('Tom Sobin met Dana Wells on Monday.', 'Sobin would have voted for the measure anyway, he says.'));
    assert.equal(model.sources[attributionAbout(model, 'would have voted').source].name, 'Tom Sobin');
  });

  it('prefers a named person to an unnamed one for "she"', () => {
    const model = analyze(body(
      'One employee said the merger was rushed.',
      'Carla Fenn, the chief executive, flew to New York. "The market will hate this deal," she said.',
    ));
    assert.equal(speakerNameOf(model, 'market will hate'), 'Carla Fenn');
  });

  it('never resolves "she" to a man who was the last speaker', () => {
    const model = analyze(body('Mark Rivera met Ana Ortiz on Monday. "We will act," Rivera said. "Soon," she said.'));
    assert.equal(speakerNameOf(model, 'Soon'), 'Ana Ortiz');
  });

  it('explains how a pronoun was resolved', () => {
    const model = analyze(body('Mark Rivera met Ana Ortiz on Monday.', '“We talked,” she said.'));
    const she = sourceNamed(model, 'Ana Ortiz').mentions.find((m) => m.kind === 'pronoun')!;
    assert.equal(she.reason?.step, 'pronoun');
    assert.match(she.reason?.detail ?? '', /Ana Ortiz/);
  });

  it('reads "the Florida senator" as the senator from Florida, not the last senator named', () => {
    const model = analyze(body('Florida Sen. Marco Rubio said the plan would fail. Vermont Sen. Bernie Sanders said it would pass.', '“It will fail,” the Florida senator said.'));
    assert.equal(speakerNameOf(model, 'It will fail'), 'Marco Rubio');
  });

  it('knows a full name by the role after it when the forename is unusual', () => {
    const model = analyze(body('Tavon Whitlock, a Republican campaign consultant, lives near Richmond.', 'The count ended late on Tuesday.', '“We lost that county,” he said.'));
    assert.equal(speakerNameOf(model, 'We lost'), 'Tavon Whitlock');
  });

  it('resolves "they" to an organization', () => {
    const model = analyze(body('The ministry said the plan was ready.', '“We will act,” they said.'));
    assert.equal(speakerNameOf(model, 'We will act'), 'ministry');
  });

  it('resolves "they" to an organization the previous sentence names but never quoted', () => {
    const model = analyze(body('RegioTrans declined to discuss the figures. “We will not comment,” they said in an emailed statement.'));
    assert.equal(speakerNameOf(model, 'We will not comment'), 'RegioTrans');
    const regioTrans = sourceNamed(model, 'RegioTrans');
    assert.equal(regioTrans.kind, 'organization');
    assert.deepEqual(mentionsOf(regioTrans), ['name:RegioTrans', 'pronoun:they']);
    // A body's name with small words in it: "the League for Fair Ballots".
    const league = analyze(body('The League for Fair Ballots struck a more guarded tone. "We are relieved, but not celebrating yet," they said in a statement.'));
    assert.equal(speakerNameOf(league, 'not celebrating'), 'League for Fair Ballots');
  });

  it('resolves "it" to an organization named before a time ("The Harbour Authority Council on Friday issued …") or after its owner ("Ana Ruiz\'s campaign")', () => {
    const council = analyze(body('The Harbour Authority Council on Friday issued a sharp rebuke over the spill and pledged fines against what it called "a clear danger to the estuary."'));
    assert.equal(speakerNameOf(council, 'clear danger'), 'Harbour Authority Council');
    const campaign = analyze(body('Ana Ruiz’s campaign is defending her posts. It’s denouncing what it calls "the most coordinated smear of the year."'));
    assert.equal(speakerNameOf(campaign, 'coordinated smear'), 'Ana Ruiz’s campaign');
  });

  it('resolves "it" to the subject of what a verb before it reports', () => {
    const model = analyze(body('Foreign Minister Anna Lindqvist said Marevia had moved two brigades and that it demanded a written text before Christmas.'));
    const marevia = sourceNamed(model, 'Marevia');
    assert.equal(marevia.kind, 'organization');
    assert.deepEqual(mentionsOf(marevia), ['name:Marevia', 'pronoun:it']);
  });

  it('keeps an "it" that points nowhere out of the people', () => {
    const model = analyze(body('“We will act,” it said.'));
    assert.deepEqual(model.sources.map((s) => [s.name, s.kind, s.unresolved]), [['it', 'organization', true]]);
  });

  it('never resolves "it" to plural people, only to a single organization', () => {
    const model = analyze(body('The ministry said the count was slow.', 'Aides to the senator said the race was close.', 'Officials released two ads it described as “closing arguments” on Monday.'));
    assert.equal(speakerNameOf(model, 'closing arguments'), 'ministry');
  });

  it('resolves "it" to the organization its own sentence opens with, quoted or not', () => {
    const model = analyze(body('The ministry said the count was slow.', 'The party released two ads it described as “closing arguments” on Monday.'));
    assert.equal(speakerNameOf(model, 'closing arguments'), 'party');
    const party = sourceNamed(model, 'party');
    assert.equal(party.kind, 'organization');
    assert.deepEqual(mentionsOf(party), ['name:The party', 'pronoun:it']);
    for (const m of party.mentions) assert.equal(model.text.slice(m.start, m.end), m.text);
  });

  it('resolves "they" to plural officials who spoke before', () => {
    const model = analyze(body('Officials said the talks had stalled.', '“We will try again,” they said.'));
    assert.equal(speakerNameOf(model, 'try again'), 'officials');
  });

  it('resolves "they" to plural officials named before, even if they had not spoken', () => {
    const model = analyze(body('Health officials met on Monday.', '“We will act,” they said.'));
    const source = model.sources[model.quotes[0].attribution!.source];
    assert.equal(source.unresolved, false);
    assert.match(source.name, /officials/);
  });

  it('resolves "it" to a body named by two nouns: the school board', () => {
    const model = analyze(body('The school board met on Wednesday. It said the plan was final.'));
    assert.equal(model.sources[attributionAbout(model, 'plan was final').source].name, 'school board');
  });

  it('takes a forename used for men and women alike as no evidence of gender: Jan', () => {
    const model = analyze(body(
      'A rebel spokesman said the group had not been told. "We read about it," the spokesman said.',
      'The United Nations envoy, Jan Brecht, welcomed the announcement. He wrote that both sides had "a narrow window."',
    ));
    assert.equal(speakerOfQuote(model, 'narrow window')?.name, 'Jan Brecht');
  });

  it('never resolves "it" to an anonymous person', () => {
    const model = analyze(body(
      'One attendee, who spoke on condition of anonymity, said the meeting was tense.',
      'The team is bracing for a long race that it says will reward patience.',
    ));
    assert.equal(sourceNamed(model, 'one attendee').kind, 'anonymous');
    const it = model.sources[attributionAbout(model, 'will reward patience').source];
    assert.notEqual(it.name, 'one attendee');
  });

  it('marks a pronoun with nobody to point to as unresolved', () => {
    const model = analyze(body('“We are ready,” she said.'));
    const [source] = model.sources;
    assert.equal(source.unresolved, true);
    assert.equal(source.firstFullReference, null);
  });
});
