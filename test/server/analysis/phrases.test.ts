import * as assert from 'node:assert/strict';
import { body } from '../../helpers/articles';
import { analyze, attributionAbout, speakerOfQuote } from '../../helpers/model';

/** The speaker phrase the analysis reads next to the cue, and the canonical name it resolves to. */
function speakerPhrase(sentence: string): { mention: string; name: string } {
  const found = speakerOfQuote(analyze(body(sentence)), 'We are ready');
  assert.ok(found, `no speaker in: ${sentence}`);
  return { mention: found.mention, name: found.name };
}

describe('speaker phrases', () => {
  it('takes a title and organisation before the name into the phrase, but not into the name', () => {
    assert.deepEqual(speakerPhrase('"We are ready," Pentagon spokesman Sean Parnell said.'), { mention: 'Pentagon spokesman Sean Parnell', name: 'Sean Parnell' });
    assert.deepEqual(speakerPhrase('"We are ready," said NATO Secretary General Mark Rutte.'), { mention: 'NATO Secretary General Mark Rutte', name: 'Mark Rutte' });
  });

  it('reads a title with its own "of" as the title, and the name after it as the name', () => {
    assert.deepEqual(speakerPhrase('"We are ready," Secretary of State John F. Kerry said.'), { mention: 'Secretary of State John F. Kerry', name: 'John F. Kerry' });
    assert.deepEqual(speakerPhrase('"We are ready," said Secretary of Homeland Security Jeh Johnson.'), { mention: 'Secretary of Homeland Security Jeh Johnson', name: 'Jeh Johnson' });
    assert.deepEqual(speakerPhrase('"We are ready," Director of the FBI James Comey said.'), { mention: 'Director of the FBI James Comey', name: 'James Comey' });
  });

  it('takes an abbreviated title into the phrase', () => {
    assert.deepEqual(speakerPhrase('"We are ready," said Sen. Bernie Sanders.'), { mention: 'Sen. Bernie Sanders', name: 'Bernie Sanders' });
  });

  it('keeps a place\'s US state in the mention (the name stops at the place), and leaves a person\'s state out as an appositive', () => {
    assert.deepEqual(speakerPhrase('"We are ready," a pastor in Dunmore, Pa., said.'), { mention: 'a pastor in Dunmore, Pa.', name: 'a pastor in Dunmore' });
    assert.deepEqual(speakerPhrase('"We are ready," a nurse from Cedar Falls, Iowa, said.'), { mention: 'a nurse from Cedar Falls, Iowa', name: 'a nurse from Cedar Falls' });
    assert.deepEqual(speakerPhrase('"We are ready," Mark Ortiz, Texas, said.'), { mention: 'Mark Ortiz', name: 'Mark Ortiz' });
  });

  it('reads a speaker through a place\'s second prepositional phrase: a supporter at a rally in Harbourton', () => {
    assert.deepEqual(speakerPhrase('"We are ready," a supporter at a rally in Harbourton said.'), { mention: 'a supporter at a rally in Harbourton', name: 'a supporter at a rally in Harbourton' });
    assert.deepEqual(speakerPhrase('"We are ready," the leader of the opposition in Westmark said.'), { mention: 'the leader of the opposition in Westmark', name: 'the leader of the opposition in Westmark' });
    // Not through "of": the relative clause is about the person named last.
    assert.equal(speakerOfQuote(analyze(body('They nudged voters in the direction of Ana Lund, who said: "We are ready."')), 'We are ready')?.name, 'Ana Lund');
  });

  it('reads a place and its state inside an appositive, and a name before a hometown, as the speaker', () => {
    assert.deepEqual(speakerPhrase('"We are ready," Ray Dalton, a 55-year-old salesman from Aiken, South Carolina, said.'), { mention: 'Ray Dalton', name: 'Ray Dalton' });
    assert.deepEqual(speakerPhrase('"We are ready," another delegate, Nora Lind of Washington, D.C., said.'), { mention: 'Nora Lind of Washington, D.C.', name: 'Nora Lind' });
  });

  it('leaves an appositive and a party label out of the phrase', () => {
    assert.deepEqual(speakerPhrase('"We are ready," Rep. Jane Doe, D-N.Y., said.'), { mention: 'Rep. Jane Doe', name: 'Jane Doe' });
    assert.deepEqual(speakerPhrase('"We are ready," said Sen. Bernie Sanders (I-Vt.).'), { mention: 'Sen. Bernie Sanders', name: 'Bernie Sanders' });
    assert.deepEqual(speakerPhrase('"We are ready," Jane Doe, a spokeswoman for the ministry, said.'), { mention: 'Jane Doe', name: 'Jane Doe' });
    assert.deepEqual(speakerPhrase('"We are ready," Sen. Jane Doe (D-N.Y.), said.'), { mention: 'Sen. Jane Doe', name: 'Jane Doe' });
  });

  it('reads past an appositive that opens with "then" or "now", or is a relative clause with "which"', () => {
    assert.deepEqual(speakerPhrase('"We are ready," Gene Lund, then 38, said.'), { mention: 'Gene Lund', name: 'Gene Lund' });
    assert.deepEqual(speakerPhrase('"We are ready," Ana Ruiz, then the harbour master, said.'), { mention: 'Ana Ruiz', name: 'Ana Ruiz' });
    assert.deepEqual(speakerPhrase('"We are ready," Nora Hale, the head of the Dock Workers of Dunmore, which backed Ruiz in May, said.'), { mention: 'Nora Hale', name: 'Nora Hale' });
    assert.equal(speakerPhrase('"We are ready," the companies, which in several cases gave only limited answers to our questions, said.').mention, 'the companies');
    const flights = analyze(body('The statement did not say how long the ferry trials, which began in August, would continue.'));
    assert.equal(flights.sources.some((s) => /trials/.test(s.name)), false, 'things a "which" clause describes do not speak');
  });

  it('reads past a reflexive and a parenthetical "of course"', () => {
    assert.deepEqual(speakerPhrase('"We are ready," Ana Ortiz herself said.'), { mention: 'Ana Ortiz', name: 'Ana Ortiz' });
    assert.deepEqual(speakerPhrase('"We are ready," Harbour Gazette\'s editor, Gene Lund, of course, said.'), { mention: 'Gene Lund', name: 'Gene Lund' });
  });

  it('keeps two objects of one preposition in the phrase, but not a title and name after "and"', () => {
    assert.equal(speakerPhrase('"We are ready," a spokesman for Ruiz and Hale said.').mention, 'a spokesman for Ruiz and Hale');
    assert.equal(speakerPhrase('"We are ready," officials at the ministry and the harbour authority said.').mention, 'officials at the ministry and the harbour authority');
    assert.equal(speakerPhrase('"We are ready," the Organization for Harbour Safety and Development said.').name, 'Organization for Harbour Safety and Development');
    assert.equal(speakerPhrase('"We are ready," Harbour Radio Vice President for news and talk Dave Lund said.').name, 'Dave Lund');
  });

  it('keeps a part of a document with the document it stands in, but not a channel after a speaker', () => {
    assert.equal(speakerPhrase('"We are ready," a footnote in the report said.').mention, 'a footnote in the report');
    assert.equal(speakerPhrase('"We are ready," said a footnote in the memo.').mention, 'a footnote in the memo');
    assert.equal(speakerPhrase('"We are ready," the ministry in a statement said.').mention, 'the ministry');
  });

  it('reads "Sens." and "Reps." as titles', () => {
    assert.deepEqual(speakerPhrase('"We are ready," Sens. Ana Ruiz of Maine and Gene Lund of Ohio said.').name, 'Ana Ruiz');
  });

  it('reads a quantifier over "them" or "us" as a speaker: most of them, one of us', () => {
    assert.deepEqual(speakerPhrase('"We are ready," one of them said.'), { mention: 'one of them', name: 'one of them' });
    assert.deepEqual(speakerPhrase('"We are ready," most of us said.'), { mention: 'most of us', name: 'most of us' });
  });

  it('keeps a description whole: determiner, modifiers and head', () => {
    assert.deepEqual(speakerPhrase('"We are ready," a senior U.S. official said.'), { mention: 'a senior U.S. official', name: 'a senior U.S. official' });
    assert.deepEqual(speakerPhrase('"We are ready," said the former Maryland governor.'), { mention: 'the former Maryland governor', name: 'the former Maryland governor' });
    assert.deepEqual(speakerPhrase('"We are ready," the billionaire businessman said.'), { mention: 'the billionaire businessman', name: 'the billionaire businessman' });
  });

  it('keeps a prepositional tail and an access qualifier in a description', () => {
    assert.deepEqual(speakerPhrase('"We are ready," said a spokeswoman for the ministry.'), { mention: 'a spokeswoman for the ministry', name: 'a spokeswoman for the ministry' });
    assert.deepEqual(speakerPhrase('"We are ready," people familiar with the matter said.'), { mention: 'people familiar with the matter', name: 'people familiar with the matter' });
  });

  it('keeps a prepositional tail before the verb too: the spokesman speaks, not the mayor', () => {
    assert.deepEqual(speakerPhrase('"We are ready," a spokeswoman for the mayor said.'), { mention: 'a spokeswoman for the mayor', name: 'a spokeswoman for the mayor' });
    assert.deepEqual(speakerPhrase('"We are ready," officials at the ministry said.'), { mention: 'officials at the ministry', name: 'officials at the ministry' });
    assert.deepEqual(speakerPhrase('"We are ready," Lena Park of the Harbor Institute said.'), { mention: 'Lena Park of the Harbor Institute', name: 'Lena Park' });
  });

  it('takes the name before a role set off by commas, even with a second appositive or no closing comma', () => {
    assert.deepEqual(speakerPhrase('"We are ready," Lena Park, executive director of the Harbor Fund, a charity in Leeds, said.'), { mention: 'Lena Park', name: 'Lena Park' });
    assert.deepEqual(speakerPhrase('"We are ready," Lena Park, the director of the Harbor Fund said.'), { mention: 'Lena Park', name: 'Lena Park' });
    assert.deepEqual(speakerPhrase('In New York, the spokesman said: "We are ready."'), { mention: 'the spokesman', name: 'the spokesman' });
    assert.deepEqual(speakerPhrase('"We are ready," Lena Park, president and CEO of the Harbor Fund said.'), { mention: 'Lena Park', name: 'Lena Park' });
    assert.deepEqual(speakerPhrase('"We are ready," Lena Park, associate professor at the Harbor School, a charity, said.'), { mention: 'Lena Park', name: 'Lena Park' });
  });

  it('takes two groups of people joined by "and" as one speaker, but not two things', () => {
    assert.deepEqual(speakerPhrase('Teachers and nurses said: "We are ready."'), { mention: 'Teachers and nurses', name: 'Teachers and nurses' });
    assert.deepEqual(speakerPhrase('The square filled, with many marchers and spectators chanting "We are ready."'), { mention: 'many marchers and spectators', name: 'many marchers and spectators' });
    assert.deepEqual(speakerPhrase('Ana Ortiz said the spate of shootings and protests demands "We are ready" as an answer.'), { mention: 'Ana Ortiz', name: 'Ana Ortiz' });
  });

  it('leaves a time or a channel after the subject out of the phrase', () => {
    assert.deepEqual(speakerPhrase('"We are ready," the ministry in a statement said.'), { mention: 'the ministry', name: 'ministry' });
    assert.deepEqual(speakerPhrase('"We are ready," the envoy at the time said.'), { mention: 'the envoy', name: 'the envoy' });
  });

  it('drops a leading article from an organisation\'s and a publication\'s name, not from the mention', () => {
    assert.deepEqual(speakerPhrase('"We are ready," the Kremlin said.'), { mention: 'the Kremlin', name: 'Kremlin' });
    assert.deepEqual(speakerPhrase('"We are ready," The New York Times reported.'), { mention: 'The New York Times', name: 'New York Times' });
  });

  it('reads past a partitive to the head before it: a spokesman for one of the tenants', () => {
    assert.equal(speakerPhrase('"We are ready," a spokesman for one of the tenants said.').name, 'a spokesman for one of the tenants');
    assert.equal(speakerPhrase('"We are ready," an executive at one of the companies said.').name, 'an executive at one of the companies');
    assert.equal(speakerPhrase('"We are ready," one of the tenants said.').name, 'one of the tenants');
  });

  it('keeps a common noun that owns the head: the port\'s largest tenant', () => {
    assert.equal(speakerPhrase('"We are ready," a manager at one of the port\'s largest tenants said.').name, "a manager at one of the port's largest tenants");
    assert.equal(speakerPhrase('"We are ready," the city\'s largest employer said.').name, "the city's largest employer");
  });

  it('reads a duration after the head as part of its description: his wife of 50 years', () => {
    assert.equal(speakerPhrase('"We are ready," his wife of 50 years said.').name, 'his wife of 50 years');
    assert.equal(speakerPhrase('"We are ready," the employee of nearly four years said.').name, 'the employee of nearly four years');
  });

  it('keeps a capitalised -ing word opening the sentence when it describes the head: Shipping companies', () => {
    const model = analyze(body('Shipping companies say the delays are costing them.'));
    assert.equal(model.sources[attributionAbout(model, 'the delays').source].name, 'Shipping companies');
    // A participle that opens the sentence is still no part of the subject.
    assert.equal(speakerPhrase('Speaking to reporters, the mayor said: "We are ready."').name, 'the mayor');
  });

  it('reads past lower-case words that describe the name after them: the state news agency OSTPRESS', () => {
    const model = analyze(body('Peace talks would resume, according to the state news agency OSTPRESS.'));
    assert.equal(model.sources[attributionAbout(model, 'Peace talks').source].name, 'OSTPRESS');
  });

  it('keeps name particles inside the name: Ursula von der Leyen', () => {
    assert.deepEqual(speakerPhrase('"We are ready," European Commission President Ursula von der Leyen said.'), {
      mention: 'European Commission President Ursula von der Leyen',
      name: 'Ursula von der Leyen',
    });
  });

  it('keeps a suffix with the name: Martin Luther King Jr.', () => {
    assert.match(speakerPhrase('"We are ready," said Martin Luther King Jr.').name, /^Martin Luther King/);
  });

  it('keeps a three-part name whole: Giuseppe Cavo Dragone', () => {
    assert.deepEqual(speakerPhrase('"We are ready," said Admiral Giuseppe Cavo Dragone.'), { mention: 'Admiral Giuseppe Cavo Dragone', name: 'Giuseppe Cavo Dragone' });
  });

  it('reads a relative pronoun as a mention of the name before it', () => {
    const text = body('Bernie Sanders, who says the plan has failed, spoke on Monday.');
    const model = analyze(text);
    const [a] = model.attributions;
    assert.equal(a.mention.text, 'who');
    assert.equal(a.mention.kind, 'pronoun');
    assert.equal(model.sources[a.source].name, 'Bernie Sanders');
  });

  it('ends the content of a relative clause at its closing comma', () => {
    const model = analyze(body('Bernie Sanders, who says the plan has failed, spoke on Monday.'));
    const [a] = model.attributions;
    assert.equal(model.text.slice(a.content.start, a.content.end), 'the plan has failed');
  });
});
