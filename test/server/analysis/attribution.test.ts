import * as assert from 'node:assert/strict';
import type { ArticleModel } from '../../../server/src/analysis/model';
import { body } from '../../helpers/articles';
import { analyze, attributionAbout, quoteContaining, sourceNamed, speakerOf, speakerOfQuote, type SpeakerView } from '../../helpers/model';
import { slice } from '../../helpers/text';

type Expected = Partial<SpeakerView>;

/** The speaker of the quote containing `words`, reduced to the fields the test names. */
function speaker(text: string, words: string, expected: Expected): void {
  const found = speakerOfQuote(analyze(text), words);
  assert.ok(found, `no speaker for the quote containing ${JSON.stringify(words)}`);
  const picked = Object.fromEntries(Object.keys(expected).map((key) => [key, found[key as keyof SpeakerView]]));
  assert.deepEqual(picked, expected, `speaker of ${JSON.stringify(words)}: ${JSON.stringify(found)}`);
}

/** The speakers of several quotations in one text made of `paragraphs`, each by words it contains. */
function speakersIn(paragraphs: string[], expected: Array<[words: string, speaker: Expected]>): void {
  const text = body(...paragraphs);
  for (const [words, fields] of expected) speaker(text, words, fields);
}

describe('attribution', () => {
  describe('direct quotes', () => {
    it('cue and speaker after the quote: "...," Trump said.', () => {
      speaker(body('"We will win this one," Trump said.'), 'win', { name: 'Trump', kind: 'person', mention: 'Trump', cue: 'said', position: 'after', step: 'tag-after' });
    });

    it('inverted order: "...," said Ruiz.', () => {
      speaker(body('"It is done," said Ruiz.'), 'done', { name: 'Ruiz', kind: 'person', mention: 'Ruiz', cue: 'said', position: 'after', step: 'tag-after-inverted' });
    });

    it('a known surname that is also an English word speaks: "…," From said; Will urged; Small, who …, said', () => {
      speakersIn(
        [
          'The essayist Nora Will and the organizer Al From met the banker Lena Small on Friday.',
          'The mayor is "a tired act," From said.',
          'Pointing to the flood and his "empty promises," Will urged voters to look elsewhere.',
          'Small, who chaired the meeting, said that "the budget is a fiction."',
          'Will described the plan as a "mirage."',
        ],
        [
          ['tired act', { name: 'Al From', mention: 'From', step: 'tag-after' }],
          ['empty promises', { name: 'Nora Will', mention: 'Will' }],
          ['fiction', { name: 'Lena Small', mention: 'Small' }],
          ['mirage', { name: 'Nora Will', mention: 'Will' }],
        ],
      );
    });

    it('the same words stay words when nobody bears them as a surname', () => {
      const model = analyze(body('"No deal," Will said.', 'The mayor is "a tired act," From said.'));
      assert.notEqual(speakerOfQuote(model, 'No deal')?.name, 'Will');
      assert.notEqual(speakerOfQuote(model, 'tired act')?.name, 'From');
    });

    it('two speakers joined by "and" share the verb of their clause: X and Y issued a statement describing …', () => {
      speakersIn(
        ['Sen. Ana Ortiz and Rep. Luis Ruiz issued a statement describing their talks as a “useful first step.”'],
        [['useful first step', { mention: 'Sen. Ana Ortiz and Rep. Luis Ruiz' }]],
      );
    });

    it('a quantifier and "of" belong to the speaker phrase: with one of her ads asking, …', () => {
      speakersIn(
        ['Ortiz and her allies tried to tie the judge to the mayor, with one of her ads asking, “Is the judge fair?”', '"We are done," some of his aides said.'],
        [
          ['judge fair', { mention: 'one of her ads' }],
          ['We are done', { mention: 'some of his aides' }],
        ],
      );
    });

    it('a verb after a quotation that goes on to a clause of its own is no tag: "…," a lawyer said the two cases were …', () => {
      speakersIn(
        ['Even as Ortiz claimed on Tuesday that “the mayor got off lightly,” one of the former aides said the two cases were different.', '"We won," Ortiz said the next day.'],
        [
          ['got off lightly', { name: 'Ortiz', cue: 'claimed' }],
          ['We won', { name: 'Ortiz', step: 'tag-after' }],
        ],
      );
    });

    it('a label after a headline\'s dash or before a time: -More from X: "…"; Here\'s X in 1992: "…"', () => {
      speakersIn(
        ['Ana Ortiz and Luis Ruiz run a polling firm.', 'Signs of a shift were there all along -More from Ortiz and Ruiz: “Our data helps confirm it.”', 'Here’s Ortiz in December 1992: “Our new direction must rest on hard work.”'],
        [
          ['Our data', { mention: 'Ortiz and Ruiz', step: 'colon-label' }],
          ['new direction', { name: 'Ana Ortiz', mention: 'Ortiz', step: 'colon-label' }],
        ],
      );
    });

    it('two speakers in one sentence: When a voter shouted, "…," Ortiz joked, "…"', () => {
      speakersIn(
        ['Ana Ortiz took questions. When a voter shouted, “Lower taxes,” Ortiz joked, again with a grin, “I hear you, brother!”'],
        [
          ['Lower taxes', { name: 'a voter', cue: 'shouted', step: 'tag-before' }],
          ['I hear you', { name: 'Ana Ortiz', mention: 'Ortiz', cue: 'joked' }],
        ],
      );
      // One speaker's tag between the halves still speaks for both.
      speakersIn(['“We will win,” Ortiz said, “and soon.”'], [['and soon', { name: 'Ortiz', step: 'split-quote' }]]);
    });

    it('a plain word for a person heads the phrase, not the place after it: A man in the crowd shouted', () => {
      speakersIn(
        ['A man in the crowd shouted, “Lower taxes now.”', 'A woman at the rally yelled, “Not another cut.”'],
        [
          ['Lower taxes', { name: 'a man in the crowd', cue: 'shouted' }],
          ['another cut', { name: 'a woman', cue: 'yelled' }],
        ],
      );
    });

    it('a secondary source: "…," Ortiz said, according to the Herald', () => {
      const text = body(
        'Ana Ortiz spoke to the union. “We will not leave,” Ortiz said, according to the Herald. “Not this year.”',
        '“The plan is dead,” according to the ministry.',
        '“We are ready,” Ortiz said.',
      );
      const via = secondarySourceIn(analyze(text));
      assert.deepEqual(via('not leave'), { speaker: 'Ana Ortiz', via: 'Herald', cue: 'according to', mention: 'the Herald' });
      assert.deepEqual(via('Not this year'), { speaker: 'Ana Ortiz', via: 'Herald', cue: 'according to', mention: 'the Herald' }, 'the same tag, the same way of knowing');
      assert.equal(via('plan is dead'), null, 'the ministry is the speaker itself');
      assert.equal(via('are ready'), null);
    });

    it('a secondary source from a report or from reported speech, and none from the words reported, a go-between or a name', () => {
      const cases: Array<[paragraph: string, words: string, via: string | null, why: string]> = [
        ['“It is over,” Ortiz said, the Harbour Gazette reported.', 'It is over', 'Harbour Gazette', 'a paper that reported it'],
        ['Gene Lund was arrested in May. Officials have said he said “no more taxes” to the guards.', 'no more taxes', 'officials', 'a speaker opening what another source reports'],
        ['Ana Ortiz said Lund told her “the port will close.”', 'port will close', 'Ana Ortiz', 'she reports what he told her'],
        ['In a September Harbour Post poll, 75 percent of residents said “the port must stay open.”', 'must stay open', 'a September Harbour Post poll', 'the poll the answers were given in'],
        ['The Harbour Gazette quoted a dock worker as saying “the cranes never stopped.”', 'cranes never stopped', 'Harbour Gazette', 'the paper quoting the worker'],
        ['Lund quotes former adviser Ana Ortiz: “The port was never the problem.”', 'never the problem', 'Gene Lund', 'the one quoting her'],
        ['Gene Lund said on Tuesday that according to its count, the Harbour Party had won, but “we are still counting.”', 'still counting', null, 'its count is the speaker’s own source'],
        ['“We did not sign,” Ana Ortiz told reporters, per a translator.', 'did not sign', null, 'a translator passes words on without reporting them'],
        ['Lund, who broke into Harbour reporting at the Gazette, said the vote was “clean.”', 'clean', null, '"reporting" here is a beat, not a verb'],
        ['On Thursday, in the union release announcing his new role, Lund described the deal as “a fair bargain.”', 'fair bargain', null, 'a speaker further into the clause than its opening'],
        ['Critics slammed the levy called a “port tax” by its backers.', 'port tax', null, 'a name given is no one’s report'],
      ];
      const via = secondarySourceIn(analyze(body(...cases.map(([paragraph]) => paragraph))));
      for (const [, words, expected, why] of cases) assert.equal(via(words)?.via ?? null, expected, why);
      assert.deepEqual(via('no more taxes'), { speaker: 'Gene Lund', via: 'officials', cue: 'said', mention: 'Officials' });
      assert.equal(via('cranes never stopped')?.speaker, 'a dock worker', 'the one quoted speaks');
    });

    it('no secondary source from a report that credits its subject with nothing: The ministry reported and lawmakers said "…"', () => {
      // "The ministry" reports no words here, so it is no source; the analysis once failed
      // looking up the source of its "reported" as the quotation's secondary source.
      const model = analyze(body('The ministry reported and lawmakers said “we will act.”'));
      assert.equal(speakerOfQuote(model, 'we will act')?.name, 'lawmakers');
      assert.equal(secondarySourceIn(model)('we will act'), null);
    });

    it('the one a paper quotes by a pronoun: "…," the state news agency VNA quoted him as saying', () => {
      const model = analyze(body('Prime Minister Dariusz Velkan thanked voters on Sunday night.', '"The people have spoken," the state news agency VNA quoted him as saying.'));
      assert.deepEqual(secondarySourceIn(model)('people have spoken'), { speaker: 'Dariusz Velkan', via: 'VNA', cue: 'quoted', mention: 'the state news agency VNA' });
      assert.equal(sourceNamed(model, 'VNA').kind, 'publication');
    });

    it('a numbered provision speaks as a document, and questioners as people: Article 33 affirms: "…"', () => {
      speakersIn(
        [
          'The treaty binds every signatory. Article 33 affirms: “No state shall expel a refugee.”',
          'Title IX says schools must “provide equal access.”',
          'At the news conference, Lund’s first questioners ranged from skeptical to hostile: “Is it time to change course?”',
        ],
        [
          ['expel a refugee', { name: 'Article 33', kind: 'document', step: 'tag-before' }],
          ['equal access', { name: 'Title IX', kind: 'document' }],
          ['change course', { name: 'Lund’s first questioners', kind: 'person', step: 'colon-introduction' }],
        ],
      );
    });

    it('a quotation in a subordinate clause is that clause’s: hours after Lund said he was "…", after a woman told him', () => {
      speakersIn(
        [
          'Ortiz praised the plan on Tuesday, hours after Lund said he was “encouraged” by it.',
          'Lund is assuring voters he is fit to be mayor after a woman in Harbour City, Maine, told him she worries he is “too nice” to win.',
          'The timeline shows that Lund’s name was announced on a police scanner before the mayor was briefed, and long before Harbour officials started to portray the shooting as a “workplace” issue.',
        ],
        [
          ['encouraged', { name: 'Lund' }],
          ['too nice', { name: 'a woman in Harbour City' }],
          // A passive ("was announced") names what was said, not who said it: the clause's subject speaks.
          ['workplace', { name: 'Harbour officials' }],
        ],
      );
    });

    it('crowds speak: "…," came shouts from the crowd; …, where about 50 protesters had gathered, chanting "…"', () => {
      speakersIn(
        [
          '“Call the roll,” came shouts from the crowd, as the delegates booed.',
          'Ortiz spoke down the street from the Harbour Casino, where about 50 protesters had gathered on Wednesday, chanting “no contract, no peace.”',
          'Fans filled the stadium, where the Harbour Hawks played the visitors – while chanting, “Hands up.”',
        ],
        [
          ['Call the roll', { name: 'the crowd', step: 'tag-after-inverted' }],
          ['no contract', { name: '50 protesters' }],
          ['Hands up', { name: 'Fans' }],
        ],
      );
    });

    it('a quoted term after "the" is the subject of the verb after it, not a tag; "…," was another', () => {
      speakersIn(
        [
          'In the Harbour poll, just shy of half, 49%, say the “sharing economy” reflects an improvement on the old one.',
          'Planes filled the sky with messages. “Harbour is great!” read one. “Anybody but Lund,” was another.',
          'The “port tax,” said Ruiz, is a fraud.',
        ],
        [
          ['sharing economy', { name: 'half' }],
          ['Anybody but Lund', { name: 'another', step: 'tag-after' }],
          ['port tax', { name: 'Ruiz', step: 'tag-after-inverted' }],
        ],
      );
    });

    it('a second verb after "and" shares the subject of the clause a "why" opens: This is why critics point and cry "…"', () => {
      speaker(body('This is why Harbour critics point their fingers and cry “but they are greedy!” when asked.'), 'greedy', { name: 'Harbour critics', cue: 'cry', step: 'tag-before' });
    });

    it('the law or agreement a sentence opens with speaks its quoted terms: Under Maine law, battery is committed when a person "…"', () => {
      const model = analyze(
        body(
          'Lund was charged with battery. Under Maine law, battery is committed when a person “actually and intentionally touches another person.”',
          'Under pressure, the port will stay “open for business.”',
        ),
      );
      assert.deepEqual(speakerOfQuote(model, 'intentionally touches'), { name: 'Maine law', kind: 'document', mention: 'Maine law', cue: null, position: 'sentence', step: 'governing-document' });
      assert.equal(speakerOfQuote(model, 'open for business'), null, 'pressure is no document');
    });

    it('a head noun between a modifier and a name: said French newspaper Le Monde', () => {
      speakersIn(
        ['“The talks failed,” said French newspaper Le Monde.', '“The talks resume on Monday,” according to Dutch broadcaster NOS.'],
        [
          ['talks failed', { name: 'Le Monde', mention: 'French newspaper Le Monde' }],
          ['resume on Monday', { mention: 'Dutch broadcaster NOS' }],
        ],
      );
    });

    it('barking and exhorting are speech: "…," Ortiz barked', () => {
      speakersIn(['“Go back to your seat,” Ortiz barked and a guard walked the man out.'], [['your seat', { name: 'Ortiz', cue: 'barked' }]]);
    });

    it('a time between the speaker and the verb: Ruiz on Monday said "…"', () => {
      speakersIn(
        ['Luis Ruiz on Monday said the plan was "a good start."', 'Ruiz on Friday night praised the crew “for their hard work.”', 'Ruiz Tuesday said the deal was "done."'],
        [
          ['good start', { name: 'Luis Ruiz', cue: 'said' }],
          ['hard work', { name: 'Luis Ruiz', mention: 'Ruiz' }],
          ['done', { name: 'Luis Ruiz', mention: 'Ruiz', cue: 'said' }],
        ],
      );
    });

    it('a long participle phrase between the speaker and the verb: Others, reacting to …, shouted', () => {
      speakersIn(
        ['Others, reacting to the long delay between the arrest of the guard and the release of the footage, shouted, "Open the files!"'],
        [['Open the files', { mention: 'Others', cue: 'shouted' }]],
      );
    });

    it('a pronoun with "’s" is the speaker: He’s claiming that … is “…”', () => {
      speakersIn(
        ['Luis Ruiz spoke at the fair on Monday.', 'He’s claiming that the levy is “a big problem for this county” and she’s saying “no.”'],
        [
          ['big problem', { mention: 'He', cue: 'claiming' }],
          ['no.', { mention: 'she', cue: 'saying' }],
        ],
      );
    });

    it('a stray comma after a party and state keeps the name the subject: Sen. Ann Xu (D-R.I.), said …, but called it “…”', () => {
      speakersIn(
        ['Democrats were vague. Sen. Ann Xu (D-R.I.), said after a lunch on Tuesday that she hadn’t had a chance to read the long plan from the mayor, but called it a “starting point for our talks.”'],
        [['starting point', { name: 'Ann Xu', cue: 'called' }]],
      );
    });

    it('cue before the quote, after a colon or a comma', () => {
      const text = body('Ana Ortiz spoke first.', 'Asked whether she would run again, Ortiz said: “Not this year.”', 'Ortiz said, "Maybe later."');
      speaker(text, 'Not this year', { name: 'Ana Ortiz', kind: 'person', mention: 'Ortiz', cue: 'said', position: 'before', step: 'tag-before' });
      speaker(text, 'Maybe later', { name: 'Ana Ortiz', mention: 'Ortiz', cue: 'said', position: 'before' });
    });

    it('a title and role before the name: White House press secretary Karoline Leavitt', () => {
      const model = analyze(body('“We are not going to negotiate through the press,” White House press secretary Karoline Leavitt told reporters on Tuesday.'));
      const found = speakerOfQuote(model, 'negotiate')!;
      assert.equal(found.name, 'Karoline Leavitt');
      assert.equal(found.kind, 'person');
      assert.match(found.mention, /Karoline Leavitt$/);
      assert.match(found.cue ?? '', /^told reporters/);
      assert.equal(found.position, 'after');
    });

    it('an appositive after the name: Jane Doe, a spokeswoman for the ministry,', () => {
      speaker(body('"We are ready," Jane Doe, a spokeswoman for the ministry, said.'), 'ready', { name: 'Jane Doe', kind: 'person', mention: 'Jane Doe', cue: 'said', position: 'after' });
      speaker(body('Jane Doe, a spokeswoman for the ministry, said: "We are ready."'), 'ready', { name: 'Jane Doe', mention: 'Jane Doe', cue: 'said', position: 'before' });
    });

    it('a role after an inverted tag names who speaks in the relative clause after it: "…," said Ana Lund, the director of …, who also said', () => {
      const model = analyze(body('“We will hold,” said Ana Lund, the executive director of the Harbour Partnership for Reform, who also said that the talks would resume.'));
      const also = attributionAbout(model, 'the talks would resume');
      assert.equal(model.sources[also.source].name, 'Ana Lund');
      assert.equal(model.sources.length, 1, JSON.stringify(model.sources.map((s) => s.name)));
    });

    it('what a record shows someone saying, that someone says: A video shows Lund saying "…"', () => {
      speaker(body('A video shows Lund saying, "We will win."'), 'We will win', { name: 'Lund' });
      speaker(body('The email has Hale saying, "Dump them all."'), 'Dump them', { name: 'Hale' });
    });

    it('a description with the name in apposition: the mayor, Tomás Reyes, said', () => {
      speaker(body('“We have rebuilt the port twice in ten years,” the mayor, Tomás Reyes, said.'), 'rebuilt', { name: 'Tomás Reyes', kind: 'person', cue: 'said' });
    });

    it('an organization: "...," the ministry said in a statement.', () => {
      speaker(body('"We are ready," the ministry said in a statement.'), 'ready', { name: 'ministry', kind: 'organization', mention: 'the ministry', cue: 'said in a statement', position: 'after' });
      speaker(body('The ministry said in a statement: "We are ready."'), 'ready', { name: 'ministry', kind: 'organization', mention: 'The ministry', cue: 'said in a statement', position: 'before' });
    });

    it('according to: "...," according to the Pentagon.', () => {
      speaker(body('"Two soldiers were wounded," according to the Pentagon.'), 'wounded', { name: 'Pentagon', kind: 'organization', mention: 'the Pentagon', cue: 'according to' });
    });

    it('after a colon, words quoted in a clause with a subject of its own are not the first clause\'s subject\'s: The county put it in a seminar\'s language: the branches will become “hubs”', () => {
      const model = analyze(body('The county has wrapped the decision in the language of a seminar: the branches will become “hubs,” and the service more “sustainable.”'));
      assert.equal(quoteContaining(model, 'hubs').attribution, null);
      assert.equal(quoteContaining(model, 'sustainable').attribution, null);
      // A quotation right after the colon is what the clause before it introduces.
      speaker(body('The county put it this way in its letter: “We cannot keep every branch.”'), 'every branch', { name: 'county' });
    });

    it('reported speech before a role and a name ends before the role: CONTENT, a spokeswoman, Anna White, said', () => {
      const model = analyze(body('The tool helps in a crisis, a spokeswoman, Anna Lund, said on Saturday.'));
      const said = attributionAbout(model, 'The tool helps');
      assert.equal(slice(model.text, said.content), 'The tool helps in a crisis');
      assert.equal(model.sources[said.source].name, 'Anna Lund');
    });

    it('a parenthesis still open at a quotation is a clause of its own: (Lund called it “…” and was “…”)', () => {
      const text = body('Hale attacked the bombing (Lund called it "horrific" and was "grateful that everyone is safe"), and moved on.');
      speaker(text, 'horrific', { name: 'Lund' });
      speaker(text, 'grateful that everyone', { name: 'Lund' });
    });

    it('"according to X" closing the sentence past a second quotation: conditions remained “tight,” with “modest” gains, according to the survey', () => {
      const text = body('Harbour market conditions remained “tight,” with “modest” wage gains, according to the survey, which is published monthly.');
      speaker(text, 'tight', { name: 'the survey', kind: 'document', cue: 'according to' });
      speaker(text, 'modest', { name: 'the survey', kind: 'document', cue: 'according to' });
    });

    it('a channel: "...," Dragone wrote on X', () => {
      speaker(body('Admiral Giuseppe Cavo Dragone chairs the committee.', '"Looking forward to the update," Dragone wrote on X, before the call.'), 'Looking forward', {
        name: 'Giuseppe Cavo Dragone',
        kind: 'person',
        mention: 'Dragone',
        cue: 'wrote on X',
      });
    });

    it('told reporters: "...," Leavitt told reporters.', () => {
      speaker(body('"It is an option," Leavitt told reporters.'), 'option', { name: 'Leavitt', mention: 'Leavitt', cue: 'told reporters', position: 'after' });
    });

    it('a question: "Who told you that?" the judge asked the witness.', () => {
      speaker(body('“Who told you that?” the judge asked the witness.'), 'Who told', { mention: 'the judge', cue: 'asked', position: 'after' });
    });

    it('a name and a colon: Trump: "..."', () => {
      speaker(body('Trump: "We will win."'), 'win', { name: 'Trump', mention: 'Trump', cue: null, step: 'colon-label' });
    });

    it('a lawmaker with party and state: "...," Rep. Mara Quinn (D-Wis.) said Friday.', () => {
      speaker(body('"The vote is close," Rep. Mara Quinn (D-Wis.) said Friday. "We need two more."'), 'vote is close', { name: 'Mara Quinn', mention: 'Rep. Mara Quinn', step: 'tag-after' });
    });

    it('a speaker described at length before the verb', () => {
      const text = body(
        '"The plan will not fix the backlog," Tomas Ferreira, deputy director of housing, planning, and transport, said.',
        '"Turnout is up," Lena Park, the analyst who runs countyvotes.org tweeted on Wednesday.',
      );
      speaker(text, 'backlog', { name: 'Tomas Ferreira', mention: 'Tomas Ferreira', cue: 'said', step: 'tag-after-described' });
      // The relative clause ("who runs …") leads the verb back to the name before the description.
      speaker(text, 'Turnout', { name: 'Lena Park', cue: 'tweeted', step: 'tag-after' });
    });

    it('a subject separated from its verb by a time or a place: Ortiz at the time said', () => {
      const text = body('Ortiz at the time said the fees were "under review."', 'The ministry less than two weeks ago said the bridge was "structurally sound."');
      speaker(text, 'under review', { name: 'Ortiz', mention: 'Ortiz' });
      speaker(text, 'structurally sound', { name: 'ministry', mention: 'The ministry' });
    });

    it('the main clause speaks, not a cue in an opening phrase', () => {
      const text = body('Addressing the New York State Bar Association on Thursday, Ortiz said the courts were "badly underfunded."', 'In a post announcing the merger, the union said it had "secured every job."');
      speaker(text, 'underfunded', { name: 'Ortiz', mention: 'Ortiz', cue: 'said' });
      speaker(text, 'every job', { mention: 'the union', cue: 'said' });
    });

    it('a question closing a quote takes a tag only when the tag opens the next sentence', () => {
      const text = body('"They all sue," Ortiz said. "Everybody sues, right?" Later, Mark Rivera claimed the opposite.');
      speaker(text, 'Everybody sues', { name: 'Ortiz', step: 'same-paragraph' });
    });

    it('a cue in a clause of its own after a quotation is no tag of it', () => {
      speakersIn(
        [
          'Okafor says he was "still on the fence" until Delgado said she would vote yes.',
          'The union argued the offer was "an insult," and a delegate from Tampa repeated the charge.',
          'The clinic called the rules "a maze" as Dr. Lena Park said in her testimony.',
          'The Harbor Party issued an apology on Monday, offering "its deepest regrets" to Mayor Soto after leaked memos showed staff mocking him.',
        ],
        [
          ['still on the fence', { name: 'Okafor', cue: 'says' }],
          ['an insult', { mention: 'The union', cue: 'argued' }],
          ['a maze', { name: 'Lena Park', cue: 'said in her testimony' }],
          ['its deepest regrets', { name: 'Harbor Party' }],
        ],
      );
      speakersIn(
        ['Ana Rivera said the council had acted in haste. Yet she did not stop there, also calling on members to reject "cruelty" after citing Soto\'s proposed curfew.'],
        [['cruelty', { name: 'Ana Rivera', mention: 'she' }]],
      );
    });

    it('a verb after a quotation that goes on to report its own words is no tag of it', () => {
      const text = body('Rivera kept asking whether the port was safe - "who will pay for the dredging?" - but council members said they were unmoved.');
      speaker(text, 'who will pay', { name: 'Rivera' });
    });

    it('an irregular verb of its own after the speaker: "...," Ortiz shot back.', () => {
      speaker(body('"Let me finish," Ortiz shot back.'), 'finish', { name: 'Ortiz', cue: 'shot back', step: 'tag-after-verb' });
    });

    it('ranks, ordinals and unknown role words inside an inverted speaker', () => {
      const text = body('"We train for this," said Air Force 1st Lt. Dana Whitfield.', '"Nobody saw it coming," mused podcast co-host Rui Matos.', '"Perpetual motion!" Rep. Glenn Abbot, R-Pa., said of the crowd.');
      speaker(text, 'train for this', { name: 'Dana Whitfield', step: 'tag-after-inverted' });
      speaker(text, 'Nobody saw', { name: 'Rui Matos', step: 'tag-after-inverted' });
      speaker(text, 'Perpetual motion', { name: 'Glenn Abbot', step: 'tag-after' });
    });

    it('an unlisted verb before the speaker: "...!" beamed Ana Ortiz of Madison.', () => {
      speaker(body('"This is fantastic!" beamed Ana Ortiz of Madison, who drove up for the day.'), 'fantastic', { name: 'Ana Ortiz', cue: 'beamed', step: 'tag-after-verb' });
    });

    it('signs and texts that read: "...," read one.', () => {
      const model = analyze(body('Planes towed banners over the parade. "Vote them out," read one.', 'The museum reads history as a story of trade.'));
      assert.equal(speakerOfQuote(model, 'Vote them out')?.mention, 'one');
      assert.equal(model.attributions.length, 0, 'reading history is not speech');
    });

    it('a transcript label in capitals names the speaker, linked to the person named before', () => {
      const text = body('Fox host Dana Wallace pressed Mike Pence on the guest list. "We have little time," Wallace said. A partial transcript follows:', '"WALLACE: Will she be there?', '"PENCE: She will not be attending."');
      speaker(text, 'Will she be there', { name: 'Dana Wallace', kind: 'person', mention: 'WALLACE', step: 'transcript-label' });
      speaker(text, 'not be attending', { name: 'Mike Pence', mention: 'PENCE', step: 'transcript-label' });
    });

    it('a clause ending in a colon introduces a whole quotation', () => {
      const text = body('When the senator died, Governor Ana Ortiz released the following statement: "We mourn a public servant."', 'FARM BILL STALLS AGAIN - Lena Park and Rui Matos: "The votes were never there."');
      speaker(text, 'We mourn', { name: 'Ana Ortiz', step: 'colon-introduction' });
      speaker(text, 'votes were never', { mention: 'Lena Park and Rui Matos', step: 'colon-label' });
    });

    it('an adverb or an imperative opening the sentence is no one: "Ever since …, he has said …:"', () => {
      const text = body('Ever since Gene Lund took over the ferry, he has said the same thing at every meeting: "The boats will sail."');
      speaker(text, 'boats will sail', { name: 'Gene Lund' });
      const model = analyze(body('Ask yourself: which harbour will Ruiz win with her "fair fares" slogan?'));
      assert.deepEqual(model.sources.map((s) => s.name).filter((n) => n === 'Ask'), []);
    });

    it('a relative clause ending in a colon speaks for its antecedent, not its object', () => {
      const text = body('Look at this headline from the Harbour Gazette, which hits the council where it hurts: "Ferry losses double in a year."');
      speaker(text, 'Ferry losses', { name: 'Harbour Gazette', step: 'colon-introduction' });
    });

    it('"put it this way:" tags the quotation after it and reports no words of its own', () => {
      const model = analyze(body('Ruiz, who never minces words, put it this way: "The ferry is finished."'));
      assert.deepEqual(model.attributions, []);
      assert.equal(model.sources[quoteContaining(model, 'ferry is finished').attribution!.source].name, 'Ruiz');
    });

    it('a paragraph continuing a quotation keeps its speaker, unless it has a tag of its own', () => {
      const text = body(
        'Ana Ortiz took the floor at noon. "We have waited too long for this port.',
        '"Nobody in this city will wait any longer," she said.',
        'The Harbor Ledger was blunt in its editorial, writing: "We recognize the cost.',
        '"We are not blind to it," wrote Lena Park, its editor.',
      );
      speaker(text, 'Nobody in this city', { name: 'Ana Ortiz', step: 'tag-after' });
      speaker(text, 'not blind to it', { name: 'Lena Park', step: 'tag-after-inverted' });
    });

    it('a document presented "as follows" or "in full" speaks for the quotation after its colon', () => {
      const text = body('Ortiz spoke to the port workers on Friday. Transcript as follows: "Tonight we came home.', '"We will not leave again."', 'The city released the letter. The statement in full: "The port stays open."');
      speaker(text, 'Tonight we came home', { mention: 'Transcript', kind: 'document', step: 'colon-introduction' });
      speaker(text, 'not leave again', { mention: 'Transcript', step: 'continued-paragraph' });
      speaker(text, 'port stays open', { mention: 'The statement', step: 'colon-introduction' });
    });

    it('words quoted in a relative clause belong to what the clause describes', () => {
      const text = body('Ortiz was profiled by the Harbor Ledger, which ran a long piece on the "quiet fixer" of the port.');
      speaker(text, 'quiet fixer', { name: 'Harbor Ledger', mention: 'which', step: 'relative-clause' });
    });

    it('a paragraph ending in a colon introduces the quotation that opens the next one', () => {
      speakersIn(
        [
          'The county lost its last clinic in March. Two months later, Governor Ana Ortiz issued the following statement:',
          '"We will reopen the clinic before winter."',
          'Her rival, Rui Matos, answered the next day. He told a crowd in Elmira on Tuesday:',
          '"Promises do not staff a clinic."',
          'The Harbor Ledger reports:',
          '"Only two nurses applied for the posts."',
        ],
        [
          ['reopen the clinic', { name: 'Ana Ortiz', position: 'previous-paragraph', step: 'colon-paragraph' }],
          ['Promises do not', { name: 'Rui Matos', mention: 'He', cue: 'told a crowd in Elmira', step: 'colon-paragraph' }],
          ['Only two nurses', { mention: 'The Harbor Ledger', cue: 'reports', step: 'colon-paragraph' }],
        ],
      );
    });

    it('a subordinate clause before the main one does not speak: While not everything X says is true, Y said …', () => {
      speaker(body('While not everything Rivera says is accurate, Ortiz said Rivera is "telling voters what they want."'), 'telling voters', { name: 'Ortiz', mention: 'Ortiz', cue: 'said' });
    });

    it('a participle after an object speaks for the subject: posted a message on Twitter reading "…"', () => {
      speaker(body('Ortiz posted a message on Twitter reading "Thank you, Madison" minutes after the polls closed.'), 'Thank you', { name: 'Ortiz', mention: 'Ortiz', cue: 'reading' });
    });

    it('a participle after a naming verb speaks for the clause\'s subject, not for what was named', () => {
      const text = body('Later on Sunday, Ortiz shared a syllabus for a 2002 history class called "Harbors" on his page, writing "Allow me to do the research."');
      speaker(text, 'Allow me', { name: 'Ortiz', cue: 'writing' });
    });

    it('"with X saying": the phrase after "with" is the participle\'s subject, not an object', () => {
      const text = body('Council members were quick to respond, with Ortiz tweeting that the vote was a "disaster" for the port.');
      speaker(text, 'disaster', { name: 'Ortiz', cue: 'tweeting' });
    });

    it('an adverbial set off by commas between the speaker and the verb: Ortiz, in an interview, said', () => {
      speakersIn(
        ['Ortiz, in a radio interview on Monday, said the plan was "dead on arrival."', 'Rivera, however, said the plan was "worth a try."'],
        [
          ['dead on arrival', { name: 'Ortiz', mention: 'Ortiz', cue: 'said' }],
          ['worth a try', { name: 'Rivera', mention: 'Rivera', cue: 'said' }],
        ],
      );
    });

    it('a participle with no speaker takes its subject from its own sentence, not the one before', () => {
      const text = body('The mayor called the budget sound, the paper said Tuesday. However, Rivera held his fire on Ortiz, calling him "a decent man."');
      speaker(text, 'a decent man', { name: 'Rivera', cue: 'calling' });
    });

    it('a past participle set off by commas describes the speaker: The ad, launched Wednesday, argued', () => {
      const text = body('The first ad, launched Wednesday, argued that the mayor "cannot be trusted with the port."');
      speaker(text, 'cannot be trusted', { mention: 'The first ad', cue: 'argued', step: 'reported-speech' });
    });

    it('a noun in -ly after a determiner is the speaker, not an adverb: the family said', () => {
      const text = body('"We are grateful for every message," the family said in a statement. "She ran out of time," the daily wrote.');
      speaker(text, 'grateful for every', { mention: 'the family', cue: 'said in a statement' });
      speaker(text, 'ran out of time', { mention: 'the daily', cue: 'wrote' });
    });

    it('the voice of an advertisement speaks: "...," a voice-over in the ad states.', () => {
      const text = body('"She will fix the port," a voice-over in the ad states. "Nobody else will," says the ad\'s narrator.', 'They asked the council to make it clear "that the port stays open" by backing Ortiz\'s remarks.');
      speaker(text, 'fix the port', { mention: 'a voice-over', cue: 'states' });
      speaker(text, 'Nobody else will', { mention: "the ad's narrator", cue: 'says' });
      assert.notEqual(speakerOfQuote(analyze(text), 'the port stays open')?.cue, 'remarks', 'a noun closing the sentence is no tag');
    });

    it('a title standing alone for its holder is a speaker: the prince called for …, calling him "…"', () => {
      speaker(body('Later, the prince called for Ortiz to resign, calling him "a disgrace to the city."'), 'a disgrace', { mention: 'the prince', cue: 'calling' });
    });

    it('a relative clause without commas between the speaker and the verb: an official who spoke … said', () => {
      const text = body('A port official who spoke anonymously to discuss internal planning said Monday, "The berths will reopen in May."');
      speaker(text, 'berths will reopen', { mention: 'A port official', kind: 'anonymous', cue: 'said' });
    });

    it('a line that is only a name signs the quotation paragraph before it', () => {
      const text = body('We checked three claims from the debate.', '"The port lost a third of its jobs."', '- Ana Ortiz.', 'Ortiz overstates the losses.', '"Jobs are up."', 'Harbor Jobs Recover Faster Than The Council Expected.');
      speaker(text, 'third of its jobs', { name: 'Ana Ortiz', step: 'signature-line' });
      assert.notEqual(speakerOfQuote(analyze(text), 'Jobs are up')?.step, 'signature-line', 'a headline in capitals signs nothing');
    });

    it('a quotation signed with a dash and a name', () => {
      const text = body('"Great speech. She is ready." -Mayor Ana Ortiz, writing after the debate.', '"He said the plan was "dead" — the council would never pass it."');
      speaker(text, 'Great speech', { name: 'Ana Ortiz', step: 'dash-signature' });
    });

    it('documents and groups that tag a quotation: the editorial read, the Saudis state', () => {
      const text = body('"If she wants the job, she should come," the editorial read.', '"The kingdom is an ally," the Saudis state in the paper.');
      speaker(text, 'she should come', { mention: 'the editorial', cue: 'read' });
      speaker(text, 'kingdom is an ally', { mention: 'the Saudis', cue: 'state' });
    });

    it('progressive and "by" forms of speech verbs: is telling, by saying', () => {
      const text = body('Ortiz is telling supporters that "the port will reopen."', 'Mark Rivera answered by saying, "Not this year."');
      speaker(text, 'port will reopen', { name: 'Ortiz', cue: 'telling supporters' });
      speaker(text, 'Not this year', { name: 'Mark Rivera' });
    });

    it('unknown modifiers before a role or a name: the Republican vice-presidential nominee', () => {
      const text = body('"Let me help you out," the Republican vice-presidential nominee riffed.', '"The court is the concern," said Idaho nutritional-supplement executive Dana Moss.');
      speaker(text, 'help you out', { mention: 'the Republican vice-presidential nominee' });
      speaker(text, 'court is the concern', { name: 'Dana Moss', mention: 'Idaho nutritional-supplement executive Dana Moss' });
    });

    it('a relative clause after an inverted tag speaks for the next quotation: said X, who said …', () => {
      const text = body('"It is not unusual," said Lena Park, who added that the council seemed "rattled" by the vote.');
      speaker(text, 'rattled', { name: 'Lena Park', mention: 'who' });
    });

    it('a sentence-initial name ending in -ed is a name: Husted said', () => {
      speaker(body('Husted continued by saying, "We will appeal."'), 'We will appeal', { name: 'Husted', mention: 'Husted' });
    });

    it('a tag closing the sentence speaks for a partial quotation far before it', () => {
      const text = body('The mayor, who took office in March after a long recount, is an "honest broker" who has settled two strikes since, the editorial board writes.');
      speaker(text, 'honest broker', { mention: 'the editorial board', cue: 'writes', step: 'closing-tag' });
    });

    it('a tag closing the sentence speaks for every partial quotation in it, not only the last', () => {
      const text = body('Given her record, her backing will carry "a great deal of weight" and help candidates find the "grass-roots firepower" they need, union spokesman Neil Ortega said.');
      speaker(text, 'great deal', { name: 'Neil Ortega', cue: 'said', step: 'closing-tag' });
      speaker(text, 'firepower', { name: 'Neil Ortega', cue: 'said' });
    });

    it('crowds that chant and people who thank are quoted too', () => {
      const text = body('Outside the hall, about 200 protesters gathered, holding signs and chanting "Save the port."', 'Ortiz thanked the council for "taking these steps at last."');
      speaker(text, 'Save the port', { mention: 'protesters', cue: 'chanting' });
      speaker(text, 'taking these steps', { name: 'Ortiz', cue: 'thanked' });
    });

    it('a number opening a sentence counts its subject unless a unit of time follows', () => {
      speakersIn(
        [
          'Hundreds of demonstrators marched past the clinic on Monday, chanting "Staff the wards."',
          'One organizer described the mood along the route that morning as "angry but patient." Two days later, Ortiz called the march "a wake-up call."',
        ],
        [
          ['Staff the wards', { mention: 'Hundreds of demonstrators', cue: 'chanting' }],
          ['angry but patient', { mention: 'One organizer', step: 'sentence-subject' }],
          ['a wake-up call', { name: 'Ortiz' }],
        ],
      );
    });

    it('a march through a named place still has its marchers as the subject: "marched through Harbour Square" is no role before a name', () => {
      const text = body('Hundreds of pro-Ortiz demonstrators marched through Harbour Square on the first day of the congress on Monday, chanting "Ortiz or nobody," before the vote.');
      speaker(text, 'Ortiz or nobody', { mention: 'demonstrators', cue: 'chanting' });
    });

    it('"with X calling …": a verb with a subject of its own after "with" speaks for it, not for the sentence\'s speaker', () => {
      const text = body('The mayor\'s office has sharply criticized the decision to publish the audit this week, with the former treasurer calling the move "deeply worrying."');
      speaker(text, 'deeply worrying', { mention: 'the former treasurer', cue: 'calling' });
    });

    it('a verb in a relative clause of an opening phrase does not outrank the main clause: "following a report about a video in which X bragged …, a student group derided him as …"', () => {
      const text = body('And last week, following a report about a recording in which Hale boasted about his wealth, a student group at Lakeview College in Dunmore, Pa., derided him as a man "who never stops boasting."');
      speaker(text, 'never stops boasting', { mention: 'a student group at Lakeview College in Dunmore, Pa.', cue: 'derided' });
    });

    it('a passive verb of telling names who heard the words, not who said them: "prior to Obama being briefed … before officials began to call it "…""', () => {
      const text = body('The name was on the radio long before Governor Lena Hale was briefed on the attack, and aides began to call it a "workplace" dispute.');
      const found = speakerOfQuote(analyze(text), 'workplace');
      assert.notEqual(found?.name, 'Lena Hale');
    });

    it('a subject with two relative clauses joined by "and who" speaks: "Another man who sang there and who did not want to be named said …"', () => {
      const text = body('Rami Haddad spoke first. Another man who sang in the choir and who did not want to be named said he heard Tomas talk of "betrayal" there.');
      speaker(text, 'betrayal', { mention: 'Another man', cue: 'said' });
    });

    it('an inverted tag names a dated document, with the paper it stands in: "…," reads a Tuesday editorial in The Harbour Gazette', () => {
      speaker(body('"A weathervane has firmer views than Sen. Tom Hale," reads a Tuesday editorial in The Harbour Gazette.'), 'weathervane', { mention: 'a Tuesday editorial in The Harbour Gazette', kind: 'document', cue: 'reads' });
    });

    it('"per" credits a document after a possessive: "…," per the club\'s bylaws', () => {
      speaker(body('Members may not send a deputy when the board votes "to remove a sitting chair," per the club\'s bylaws.'), 'remove a sitting chair', { mention: "the club's bylaws", cue: 'per' });
    });

    it('a newspaper is a subject like a person: "The newspaper listed …, writing: "…" (over two paragraphs)', () => {
      const text = body('The newspaper listed the senator\'s failings, writing: "We know that many readers doubt her.', '"We see the flaws too," it went on.');
      speaker(text, 'We know that', { mention: 'The newspaper', kind: 'publication', cue: 'writing' });
    });

    it('a verb right after "and" shares the sentence\'s subject: "Marsh hired consultants and placed newspaper ads calling the merger "…""', () => {
      speaker(body('Marsh wrote to members, hired consultants, and placed national newspaper ads calling the merger a "$3 billion blunder."'), 'billion blunder', { name: 'Marsh' });
    });

    it('a titled name set off by commas after an opening phrase is the subject: "after winning Ohio in the primary, Gov. Ana Ruiz (D-OH), said, "…""', () => {
      speaker(body('Speaking at a rally after winning Ohio in the primary, Gov. Ana Ruiz (D-OH), said, "We are getting ready for a long road west."'), 'long road west', { name: 'Ana Ruiz', cue: 'said' });
    });

    it('"X saying …, and Y calling it "…"": each verb with its own subject speaks for it', () => {
      const text = body('Both leaders issued a statement, Ortiz saying she was "quite hopeful" and Hale calling it a "productive session."');
      speaker(text, 'quite hopeful', { name: 'Ortiz', cue: 'saying' });
      speaker(text, 'productive session', { name: 'Hale', cue: 'calling' });
    });

    it('"responds to X with, "…"" is a statement, unlike "did not respond to a request for comment"', () => {
      speaker(body('Ortiz responds to Rivera with, "Why today?"'), 'Why today', { name: 'Ortiz', cue: 'responds' });
    });

    it('"Lund, who has in the past described Hale as "…"": a time adverbial between "who" and the verb is no speaker', () => {
      speaker(body('Lund, who has in the past described Hale as "a reckless gambler," wanted the audience to notice.'), 'reckless gambler', { name: 'Lund', mention: 'who', cue: 'described' });
    });

    it('"…," lobbying disclosures show: a record that shows is a document source', () => {
      speaker(body('Varga lobbied the ministry on "questions of harbour licensing," lobbying disclosures show.'), 'harbour licensing', { mention: 'disclosures', kind: 'document', cue: 'show' });
    });

    it('a quotation inside a relative clause belongs to its antecedent: "Lund praised Rask, who has vowed not to buy the biscuits because of the club\'s "…""', () => {
      speaker(body('Later in the show, Lund praised the preacher Tom Rask, who has publicly vowed not to buy the biscuits because of the club\'s "support of the new rules."'), 'new rules', { name: 'Tom Rask', mention: 'who', cue: 'vowed' });
    });

    it('a parenthesis keeps its quotations from the tag outside it, and an opening phrase may hold one: "After the break-in (Ortiz was "…"), Hale stirred tempers by saying, "…""', () => {
      const text = body('After the break-in at a county office (Ortiz called it "shameful and cowardly" and was "relieved that nobody was hurt"), Hale stirred tempers by saying, "Vandals working for my rivals just wrecked our office."');
      assert.notEqual(speakerOfQuote(analyze(text), 'relieved that nobody')?.name, 'Hale');
      speaker(text, 'Vandals working', { name: 'Hale', cue: 'saying' });
      speaker(body('"We are ready," Sen. Ana Ruiz (D-N.Y.) said Tuesday.'), 'We are ready', { name: 'Ana Ruiz' });
    });

    it('a second clause with its own subject takes the quotation after its verb: "Lund accuses the mayor of "…" and Ruiz says he is "…"", "…, while Ruiz said that the "…""', () => {
      const text = body('Mark Lund accuses the mayor of "hiding behind staff" and Ana Ruiz says he is "losing control of the budget."');
      speaker(text, 'hiding behind staff', { name: 'Mark Lund' });
      speaker(text, 'losing control', { name: 'Ana Ruiz', cue: 'says' });
      speaker(body('Lund suggested that someone who does not answer questions cannot lead the council, while Ruiz said that the "risks of this vote are too high" for Hale.'), 'risks of this vote', { name: 'Ruiz', cue: 'said' });
    });

    it('the agent of a passive is its speaker: "“American Skin” was written by Springsteen"', () => {
      speaker(body('Ortiz sang to the crowd. "Harbour Lights" was written by Rivera after the storm of 1999.'), 'Harbour Lights', { name: 'Rivera', mention: 'Rivera' });
    });

    it('words quoted in a clause of their own belong to that clause\'s subject', () => {
      const text = body(
        'The league faulted the mayor over the budget, and he pronounced its report "a hit job." The union protested his tone when he talks of teachers "milking the system."',
        'Ortiz said Tuesday that Rivera was "a lightweight" while Matos is "a bully."',
      );
      for (const words of ['a hit job', 'milking the system']) speaker(text, words, { mention: 'he', step: 'sentence-subject' });
      // Inside reported speech the clause is still the speaker's words.
      speaker(text, 'a bully', { name: 'Ortiz' });
    });

    it('"as X puts it" attributes what follows to X', () => {
      const text = body("As the Ledger's Ana Ortiz puts it, the mayor is trying to make the council \"an offer it cannot refuse.\"");
      speaker(text, 'an offer it cannot', { name: 'Ana Ortiz', cue: 'puts it' });
    });

    it('a share of poll respondents speaks for them: 21 percent said', () => {
      const text = body('Asked about the levy, 38 percent said it was "too steep" and 12 percent called it "about right."');
      speaker(text, 'too steep', { mention: '38 percent', cue: 'said' });
      speaker(text, 'about right', { mention: '12 percent', cue: 'called' });
    });

    it('times and idioms are no speakers: goes on recess, this week praising, hours later', () => {
      const text = body(
        'Sen. Mara Quinn said that once the Senate goes on recess, "I intend to campaign everywhere."',
        'The union began an ad campaign this week praising the mayor for "steady hands" in the strike.',
        'Hours later, Ortiz issued a statement calling on the council "to act now."',
      );
      speaker(text, 'intend to campaign', { name: 'Mara Quinn' });
      speaker(text, 'steady hands', { mention: 'The union' });
      speaker(text, 'to act now', { name: 'Ortiz' });
    });

    it('a second verb shares the subject of its own clause: when X did this, I laughed and said', () => {
      const text = body('When my editor mentioned the recount, I laughed and said, "Not again."', 'Protesters marching through the streets chanted "Open the port!" and kept going.');
      speaker(text, 'Not again', { mention: 'I', kind: 'person' });
      speaker(text, 'Open the port', { mention: 'Protesters' });
    });

    it('words named as someone\'s claim or call belong to that someone, not to a judge of them', () => {
      const text = body(
        'The fact-checkers examined Ortiz’s claim that there had been "thousands of closures" in the port.',
        'Rivera called Ortiz’s comments "reckless."',
      );
      speaker(text, 'thousands of closures', { name: 'Ortiz', step: 'possessed-words' });
      speaker(text, 'reckless', { mention: 'Rivera' });
    });

    it('a sentence that is only the attribution tags the quotation before it', () => {
      const text = body('"It should not be funny, but it is." Her friend Dana Lockwood, 20, a nursing student from Memphis, chimed in.', '"We do not have freedom of opinion anymore," tweeted a Twitter user from Hanover going by the handle Pulvermann.');
      speaker(text, 'should not be funny', { name: 'Dana Lockwood', step: 'tag-after' });
      speaker(text, 'freedom of opinion', { mention: 'a Twitter user from Hanover', step: 'tag-after-inverted' });
    });

    it('records the step that decided, with an explanation, on every attributed quote', () => {
      const model = analyze(body('"We are ready," Ortiz said. "We will act."', '"And soon."', 'Rivera said: "No."'));
      assert.ok(model.quotes.length === 4);
      for (const q of model.quotes) {
        assert.ok(q.attribution, `${q.text} has no speaker`);
        assert.ok(q.attribution.reason.step.length > 0 && q.attribution.reason.detail.length > 0, `${q.text} has no reason`);
      }
    });

    it('leaves a quote nobody is named for without a speaker', () => {
      const model = analyze(body('The council met on Monday.', '"We are ready."'));
      assert.equal(quoteContaining(model, 'ready').attribution, null);
    });
  });

  it('takes no tag from an "as" clause whose verb has an object of its own: "…", as the unions announced a strike', () => {
    speaker(body('Finance Minister Claire Ashdown defended the cuts as "painful but necessary", as the country\'s biggest unions announced a one-day strike.'), 'painful but', { name: 'Claire Ashdown' });
    // "as X said" with nothing after the verb tags the words, and so does telling someone.
    speaker(body('"We will win," as the minister said.'), 'We will win', { name: 'the minister' });
    speaker(body('"We will win," as the minister told the committee.'), 'We will win', { name: 'the minister' });
  });

  it('gives the words a sign reads to the sign, not to what it hangs on, and a sign carried to its carriers', () => {
    const sign = speakerOfQuote(analyze(body('The sign on the door read: "Closed until further notice."')), 'Closed until');
    assert.deepEqual([sign?.name, sign?.kind], ['the sign on the door', 'document']);
    assert.equal(speakerOfQuote(analyze(body('Protesters held up a sign saying "Harbour must stay open."')), 'must stay open')?.name, 'protesters');
  });

  it('gives a statement\'s words in the next block quote to the text that "read in part:"', () => {
    const model = analyze(body('The school board released a statement on Wednesday. The statement read in part:', '> "We understand the frustration of parents. These decisions were not made lightly."'));
    const speaker = speakerOfQuote(model, 'We understand');
    assert.equal(speaker?.name, 'the statement');
    assert.equal(speaker?.kind, 'document');
  });

  describe('a quotation never closed', () => {
    it('finds its tag inside it, after a comma: "…, Sousa told a rally', () => {
      speakersIn(
        ['Union president Marta Sousa spoke first.', 'The strike could last a month, a source said.', '"We are not going back without a signed contract, Sousa told a rally on Tuesday.'],
        [['not going back', { name: 'Marta Sousa', cue: 'told', step: 'tag-in-unclosed-quote' }]],
      );
    });

    it('reads nothing inside a quotation that runs on into the next paragraph as its tag', () => {
      const model = analyze(body('"We tried everything, Ortiz said we would.', '"And we will again," Ana Ortiz said.'));
      assert.notEqual(speakerOfQuote(model, 'tried everything')?.step, 'tag-in-unclosed-quote');
    });
  });

  describe('split quotes and quote paragraphs', () => {
    it('gives the second half of a quote split by its attribution the same speaker', () => {
      const model = analyze(body('“The ceasefire is holding,” said Maria Lopez, a spokeswoman for the United Nations, “but it is fragile.”'));
      const first = quoteContaining(model, 'ceasefire');
      const second = quoteContaining(model, 'fragile');
      assert.equal(speakerOf(model, first)?.name, 'Maria Lopez');
      assert.equal(speakerOf(model, second)?.name, 'Maria Lopez');
      assert.equal(second.attribution?.position, 'split');
      assert.equal(second.continues, first.id);
    });

    it('gives a quote after "he said." in the same paragraph the same speaker', () => {
      const text = body('Defense Secretary Mark Rivera met Senator Ana Ortiz on Monday.', '“It’s a mistake,” he said. “And frankly, it’s one they’ll regret.”');
      const model = analyze(text);
      assert.equal(speakerOfQuote(model, 'mistake')?.name, 'Mark Rivera');
      assert.equal(speakerOfQuote(model, 'mistake')?.mention, 'he');
      assert.equal(speakerOfQuote(model, 'regret')?.name, 'Mark Rivera');
    });

    it('gives a floating quote paragraph the previous paragraph\'s speaker', () => {
      const model = analyze(body('Ana Ortiz said the plan had failed.', '"We tried everything. Nothing worked."'));
      assert.deepEqual(
        (({ name, position, step }) => ({ name, position, step }))(speakerOfQuote(model, 'tried')!),
        { name: 'Ana Ortiz', position: 'previous-paragraph', step: 'floating-quote' },
      );
    });

    it('does not carry the previous speaker into a paragraph that names someone else first', () => {
      const model = analyze(body('"We tried," Ana Ortiz said.', 'Mark Rivera disagreed. "It was never tried."'));
      assert.notEqual(speakerOfQuote(model, 'never tried')?.name, 'Ana Ortiz');
    });

    it('does not give words a reported person shouted to the one reporting them', () => {
      const model = analyze(body('Police said the suspect, who they said had shouted “Get out!” before opening fire, was arrested at the scene.'));
      assert.notEqual(speakerOfQuote(model, 'Get out')?.name, 'Police');
    });
  });

  describe('reported speech', () => {
    function reported(text: string, about: string) {
      const model = analyze(text);
      const a = attributionAbout(model, about);
      return { speaker: model.sources[a.source].name, kind: model.sources[a.source].kind, mention: a.mention.text, cue: a.cue.text, content: slice(text, a.content) };
    }

    it('X said that ...', () => {
      assert.deepEqual(reported(body('The Pentagon said in a statement that two service members were wounded in the attack.'), 'wounded'), {
        speaker: 'Pentagon',
        kind: 'organization',
        mention: 'The Pentagon',
        cue: 'said in a statement',
        content: 'two service members were wounded in the attack',
      });
    });

    it('according to a body or a role someone has: the body or the role, not its owner', () => {
      assert.equal(reported(body('The river would crest at 24 meters, according to the state’s geological service.'), 'crest').speaker, 'state’s geological service');
      assert.equal(reported(body('The river would crest on Monday, according to the city’s police chief.'), 'crest').speaker, 'the city’s police chief');
      assert.equal(reported(body('Sales fell, according to the court’s online register.'), 'Sales fell').speaker, 'the court’s online register');
    });

    it('reports nothing for a thank-you or a statement with no words in it', () => {
      const model = analyze(body('Dale Brandt conceded in a short statement posted on Facebook. He thanked his deputies and said he would help with the handover.'));
      assert.deepEqual(model.attributions.map((a) => slice(model.text, a.content)), ['he would help with the handover']);
    });

    it('X said ... without "that"', () => {
      assert.deepEqual(reported(body('Ana Ortiz said Monday the talks had stalled.'), 'stalled'), { speaker: 'Ana Ortiz', kind: 'person', mention: 'Ana Ortiz', cue: 'said', content: 'the talks had stalled' });
    });

    it('according to X, ...', () => {
      const r = reported(body('According to the Pentagon, two soldiers were wounded.'), 'wounded');
      assert.deepEqual({ ...r, kind: undefined }, { speaker: 'Pentagon', kind: undefined, mention: 'the Pentagon', cue: 'According to', content: 'two soldiers were wounded' });
    });

    it('according to X, a description, ...: the content starts after the description', () => {
      const r = reported(body('According to Jane Ortiz, a spokeswoman for the ministry, the plan failed.'), 'plan failed');
      assert.deepEqual({ speaker: r.speaker, content: r.content }, { speaker: 'Jane Ortiz', content: 'the plan failed' });
      assert.equal(sourceNamed(analyze(body('According to Jane Ortiz, a spokeswoman for the ministry, the plan failed.')), 'Jane Ortiz').title, 'spokeswoman for the ministry');
    });

    it('according to a record by a body, a description of the body, ...: the content starts after the description', () => {
      const r = reported(body('According to a 2024 analysis by the Harbour Housing Partnership, a regional nonprofit, the county needs 9,400 more homes.'), 'more homes');
      assert.equal(r.content, 'the county needs 9,400 more homes');
    });

    it('according to X, a noun phrase whose verb follows: the noun phrase is the content\'s subject, no description of X', () => {
      assert.equal(reported(body('According to police, a man, 34, was arrested at the scene.'), 'arrested').content, 'a man, 34, was arrested at the scene');
      // A role before the verb describes the source: the sentence's own words were inverted.
      const inverted = analyze(body('At the heart of the dispute, according to Dana Ruiz, another former envoy, was a decision to leave.'));
      assert.equal(sourceNamed(inverted, 'Dana Ruiz').title, 'former envoy');
    });

    it('a second verb after a description\'s commas shares the sentence\'s subject: "Sen. Ana Ortiz, a Democrat, left a meeting and told reporters …"', () => {
      const r = reported(body('State Sen. Renata Okafor, a Democrat from Dayton, left a closed-door committee meeting after 9 p.m. and told reporters the majority had moved the goalposts.'), 'moved the goalposts');
      assert.equal(r.speaker, 'Renata Okafor');
      // So does an auxiliary's: "… Ana Ruiz, like Obama, has urged European nations to spend more but has said she will hold firm".
      const auxiliary = reported(body('Democratic candidate Ana Ruiz, like Obama, has urged European nations to spend more but has said she will hold firm.'), 'hold firm');
      assert.equal(auxiliary.speaker, 'Ana Ruiz');
    });

    it('a quotation inside reported words keeps their speaker, not a participle further on: "…" about 12 minutes before the first 911 call reporting smoke', () => {
      const model = analyze(body('Cascade Pacific Power said in a statement that one of its lines had recorded a “fault event” about 12 minutes before the first 911 call reporting smoke.'));
      assert.equal(speakerOfQuote(model, 'fault event')?.name, 'Cascade Pacific Power');
      // Nor does a name run on through a verb to the noun after it: "Vaultline ran television advertisements".
      const ads = analyze(body('As recently as March, Vaultline ran television advertisements for its "Vault Earn" program.'));
      assert.equal(ads.sources.some((s) => s.name.includes('television')), false);
    });

    it('a union local by its number, and a page as the channel: Local 418 said on its Facebook page that …', () => {
      const r = reported(body('Local 418 said on its Facebook page that it would hold a rally on Thursday.'), 'hold a rally');
      assert.deepEqual({ speaker: r.speaker, kind: r.kind, cue: r.cue, content: r.content }, { speaker: 'Local 418', kind: 'organization', cue: 'said on its Facebook page', content: 'it would hold a rally on Thursday' });
    });

    it('the subject after "but" for a second verb: "…, but the opposition refused to concede and said it would …"', () => {
      const r = reported(body('The ruling party won a fourth majority, according to preliminary results, but the opposition refused to concede and said it would challenge the outcome.'), 'challenge the outcome');
      assert.equal(r.speaker, 'opposition');
    });

    it('said in a note to clients that …: the content starts after the addressee\'s "that"', () => {
      assert.equal(reported(body('Analysts at Berenberg said in a note to clients that the cut was bigger than expected.'), 'the cut').content, 'the cut was bigger than expected');
      assert.equal(reported(body('Ruiz wrote to shareholders that profits fell.'), 'profits').content, 'profits fell');
      assert.equal(reported(body('Ruiz said to expect cuts.'), 'expect').content, 'to expect cuts');
    });

    it('reports nothing a speaker is said not to have said: did not mention, never said, would not say', () => {
      for (const sentence of ['He did not mention that the branch is far away.', 'Ruiz never said the plan would fail.', 'Ruiz would not say when the plan would start.']) {
        assert.deepEqual(analyze(body(sentence)).attributions, [], sentence);
      }
      // The content's own negation is no denial of the saying.
      assert.equal(reported(body('Ruiz said the plan would not fail.'), 'would not fail').speaker, 'Ruiz');
    });

    it('reports no words in accounts restated or a plea still to be made', () => {
      const model = analyze(body('Her lawyer, Dan Stein, said his client would plead not guilty. Shares have fallen by half since the company restated its results in March.'));
      assert.deepEqual(model.attributions.map((a) => a.cue.text), ['said']);
      assert.deepEqual(model.sources.map((s) => s.name), ['Dan Stein']);
      // A position restated is words repeated; a plea made is a statement in court.
      assert.equal(reported(body('The minister restated her position that the talks would go on.'), 'the talks would go on').speaker, 'the minister');
      assert.equal(reported(body('Moravec pleaded guilty to two counts of fraud.'), 'guilty to two counts').speaker, 'Moravec');
    });

    it('reads a word in -s that could be a noun as the verb when a clause follows: the department estimates the lanes will cost', () => {
      assert.equal(reported(body("The city's transport department estimates the lanes will cost $4.2 million."), 'the lanes will cost').speaker, "city's transport department");
      assert.equal(reported(body('The Harbour Post reports that the mayor will resign.'), 'the mayor will resign').speaker, 'Harbour Post');
      // Nouns still: owned, before a relative clause, or a subject of their own.
      for (const sentence of ["Despite Lund's claims that his fortune exceeds $10 billion, the firms rank him lower.", 'The attacks that killed 12 people were condemned.', 'The personal attacks each has made were noted.', 'The department estimates were wrong.']) {
        assert.ok(!analyze(body(sentence)).attributions.some((a) => /claims|attacks|estimates/.test(a.cue.text)), sentence);
      }
    });

    it('reports no words where "add" adds a thing: the plan adds a loading zone, the factory added 200 jobs', () => {
      const text = body("City traffic engineer Paul Vance said the plan keeps 60 of the road's 85 parking spaces and adds a loading zone for deliveries.");
      const model = analyze(text);
      assert.deepEqual(model.attributions.map((a) => [model.sources[a.source].name, a.cue.text]), [['Paul Vance', 'said']]);
      assert.equal(reported(text, 'the plan keeps').content, "the plan keeps 60 of the road's 85 parking spaces and adds a loading zone for deliveries");
      assert.deepEqual(analyze(body('The factory added 200 jobs last year.')).attributions, []);
      // Words added: a clause without its "that", the words themselves, a colon.
      assert.equal(reported(body('"We are global," he said, adding the U.S. must be equally global.'), 'must be equally global').speaker, 'he');
      assert.equal(reported(body('He added that work would start in April.'), 'work would start').speaker, 'he');
      assert.equal(speakerOfQuote(analyze(body('Ruiz added a warning: "Do not build here."')), 'Do not build')?.name, 'Ruiz');
    });

    it('reads the subject before an appositive that ends inside a work\'s title: Lena Hale, star of the series "Harbour," said', () => {
      const text = body('Lena Hale, star of the series "Harbour," said the show was over.');
      assert.equal(reported(text, 'the show was over').speaker, 'Lena Hale');
      assert.equal(sourceNamed(analyze(text), 'Lena Hale').title, 'star of the series "Harbour,"');
      // Not through a verb: in "…, who backs Lund, trashed Ruiz on HRTV's "Harbour Morning," calling …" Lund does not call.
      const model = analyze(body('Former mayor Tom Hale, who backs Lund, trashed Ruiz on HRTV’s “Harbour Morning,” calling it a “no-brainer” to prosecute under the law.'));
      assert.notEqual(speakerOfQuote(model, 'no-brainer')?.name, 'Lund');
    });

    it('according to X and Y: both are sources of the same content', () => {
      const model = analyze(body('Three people died, according to the medical examiner\'s office and the city\'s two largest hospitals.'));
      const found = model.attributions.map((a) => ({ speaker: model.sources[a.source].name, content: slice(model.text, a.content) }));
      assert.deepEqual(found, [
        { speaker: "medical examiner's office", content: 'Three people died' },
        { speaker: "city's two largest hospitals", content: 'Three people died' },
      ]);
      const leading = analyze(body('According to the Harbour Gazette and the Daily Post, the mayor resigned.'));
      assert.deepEqual(
        leading.attributions.map((a) => [leading.sources[a.source].name, leading.sources[a.source].kind, slice(leading.text, a.content)]),
        [['Harbour Gazette', 'publication', 'the mayor resigned'], ['Daily Post', 'publication', 'the mayor resigned']],
      );
      // One body whose "of" governs two fields: not a second source called "Fire Protection".
      const named = analyze(body('The fire had burned 11,200 acres, according to the Vale Department of Forestry and Fire Protection, known as Vale Fire.'));
      assert.deepEqual(
        named.attributions.map((a) => [named.sources[a.source].name, named.sources[a.source].kind, slice(named.text, a.content)]),
        [['Vale Department of Forestry and Fire Protection', 'organization', 'The fire had burned 11,200 acres']],
        'and "known as" describes the source: the words end before "according to"',
      );
      for (const name of ['Centers for Harbour Safety and Prevention', 'United Dock and Harbour Workers union']) {
        const one = analyze(body(`The port employs 600 people, according to the ${name}.`));
        assert.deepEqual(one.attributions.map((a) => one.sources[a.source].name), [name]);
      }
    });

    it('X and Y said: both subjects are sources of the same content', () => {
      const said = (sentence: string): Array<[string, string, string | null]> => {
        const model = analyze(body(sentence));
        return model.attributions.map((a) => [model.sources[a.source].name, model.sources[a.source].kind, slice(model.text, a.content)]);
      };
      assert.deepEqual(said('Ana Ruiz and Tom Lund said the strike would close schools.'), [
        ['Tom Lund', 'person', 'the strike would close schools'],
        ['Ana Ruiz', 'person', 'the strike would close schools'],
      ]);
      // "which together …" describes both; "Both" is no part of a name.
      assert.deepEqual(said('Unite and Unison, which together represent about 2.5 million workers, said the strike would close schools.').map(([name, kind]) => [name, kind]), [['Unison', 'organization'], ['Unite', 'organization']]);
      assert.deepEqual(said('Both Cruz and Fiorina criticized the plan as weak.').map(([name]) => name), ['Fiorina', 'Cruz']);
      // One source: two clauses, modifiers, titles of one person, forenames sharing a surname, a name with "and" in it.
      for (const sentence of [
        'Ruiz met the mayor and Lund said the talks had failed.',
        'Current and former officials said the talks had failed.',
        'Japanese journalist and author Hiro Aida said the timing was bad.',
        'Bill and Hillary Clinton said the talks had failed.',
        'United States Citizenship and Immigration Services said the talks had failed.',
        'He and Lund said the talks had failed.',
      ]) {
        assert.equal(said(sentence).length, 1, `${sentence}: ${JSON.stringify(said(sentence))}`);
      }
    });

    it('according to a statement: the statement is the source, not the subject of what it says', () => {
      const text = body("Halvard will pay 112 crowns per Oskarsen share in cash, a premium of 28% to Friday's closing price, according to a joint statement.");
      const model = analyze(text);
      assert.deepEqual(
        model.attributions.map((a) => [model.sources[a.source].name, model.sources[a.source].kind, a.cue.text]),
        [['a joint statement', 'document', 'according to']],
        'and "112 crowns per Oskarsen share" is a rate, not "per Oskarsen"',
      );
      // "X issued a statement saying …" still speaks for X.
      assert.equal(reported(body('The ministry issued a statement saying the talks would resume.'), 'the talks would resume').speaker, 'ministry');
      // A translation of the words is a document, not an unnamed "official" who needs a reason for anonymity.
      const translated = analyze(body('"Our peoples are neighbors," Marat Usenov said at a news conference, according to an official translation.'));
      assert.equal(speakerOfQuote(translated, 'neighbors')?.name, 'Marat Usenov');
      assert.deepEqual(translated.sources.filter((s) => s.kind === 'anonymous').map((s) => s.name), []);
      assert.equal(sourceNamed(translated, 'an official translation').kind, 'document');
    });

    it('a participle between subject and verb: "A poll released last week by the institute showed …"', () => {
      const found = (sentence: string): Array<[string, string, string | null]> => {
        const model = analyze(body(sentence));
        return model.attributions.map((a) => [model.sources[a.source].name, a.cue.text, slice(model.text, a.content)]);
      };
      assert.deepEqual(found('A poll released last week by the Harbour Policy Institute showed the two candidates tied at 44% each.'), [['a poll', 'showed', 'the two candidates tied at 44% each']]);
      assert.deepEqual(found('A spokesman reached by phone said the plan had failed.'), [['a spokesman', 'said', 'the plan had failed']]);
      assert.deepEqual(found('A study published Monday in the Harbour Journal found the benefit was small.'), [['a study', 'found', 'the benefit was small']]);
    });

    it('leaves the dateline out of the words, a state after the city too: "COLUMBUS, Ohio —"', () => {
      const model = analyze(body('COLUMBUS, Ohio — A driver was fleeing a traffic stop, police said on Tuesday.'));
      assert.deepEqual(model.attributions.map((a) => slice(model.text, a.content)), ['A driver was fleeing a traffic stop']);
    });

    it('informed, warned, assured: whom the words were for is no part of them', () => {
      const found = (sentence: string): Array<[string, string | null]> => {
        const model = analyze(body(sentence));
        return model.attributions.map((a) => [a.cue.text, slice(model.text, a.content)]);
      };
      assert.deepEqual(found('The company informed employees that the plant would close.'), [['informed employees', 'the plant would close']]);
      assert.deepEqual(found('The ministry warned North Korea to refrain from actions that would worsen the crisis.'), [['warned North Korea', 'to refrain from actions that would worsen the crisis']]);
      assert.deepEqual(found('Hendler warned Saturday that the move could damage the party.'), [['warned', 'the move could damage the party']]);
      // Told whom, and not what: no words reported.
      assert.deepEqual(found('The company had informed employees before the announcement.'), []);
      assert.deepEqual(found('Moelis is advising Harbour Foods as it works on a merger.'), []);
    });

    it('according to U.S. and European officials: one source, the first word a modifier', () => {
      const model = analyze(body('The talks stalled, according to U.S. and European officials.'));
      assert.deepEqual(model.attributions.map((a) => model.sources[a.source].name), ['U.S. and European officials']);
    });

    it('according to X, CLAUSE: the clause is no description of X', () => {
      const text = body('According to court documents, the board removed the books after a parent complained.');
      assert.equal(reported(text, 'removed the books').content, 'the board removed the books after a parent complained');
      assert.equal(sourceNamed(analyze(text), 'court documents').title, null);
      // Nor is a clause whose verb introduces the quotation after it.
      assert.equal(analyze(body('According to the Gazette, one highway sign read, "Trust the Force."')).sources.find((s) => s.name === 'Gazette')?.title ?? null, null);
    });

    it('the day between a subject and its verb: A federal judge on Thursday blocked …, saying …', () => {
      const r = reported(body('A federal judge on Thursday blocked the policy, saying it likely violated students\' rights.'), 'likely violated');
      assert.equal(r.speaker, 'a federal judge');
    });

    it('..., according to X', () => {
      const r = reported(body('Two service members were wounded, according to a U.S. official who spoke on condition of anonymity because the information had not been made public.'), 'wounded');
      assert.equal(r.speaker, 'a U.S. official');
      assert.equal(r.kind, 'anonymous');
      assert.equal(r.cue, 'according to');
      assert.equal(r.content, 'Two service members were wounded');
      assert.match(r.mention, /^a U\.S\. official/);
    });

    it('..., X said.', () => {
      assert.deepEqual(reported(body('Two soldiers were wounded, the Pentagon said.'), 'wounded'), { speaker: 'Pentagon', kind: 'organization', mention: 'the Pentagon', cue: 'said', content: 'Two soldiers were wounded' });
    });

    it('..., said X.', () => {
      const r = reported(body('The plan failed, said Ortiz.'), 'plan failed');
      assert.deepEqual([r.speaker, r.cue, r.content], ['Ortiz', 'said', 'The plan failed']);
    });

    it('a partial quote inside reported speech belongs to its speaker', () => {
      const text = body('Trump wrote on Truth Social that the tariffs were “working beautifully.”');
      const model = analyze(text);
      const r = reported(text, 'tariffs');
      assert.deepEqual([r.speaker, r.cue, r.content], ['Trump', 'wrote on Truth Social', 'the tariffs were “working beautifully.”']);
      const quote = quoteContaining(model, 'working beautifully');
      assert.equal(quote.kind, 'partial');
      assert.equal(speakerOf(model, quote)?.name, 'Trump');
      assert.deepEqual(model.attributions[0].quotes, [quote.id]);
    });

    it('content, X said, asking ...: the content is what came before the tag', () => {
      const text = body('The company plans to cut 1,200 jobs, people familiar with the matter said, asking not to be identified because the plans are private.');
      const model = analyze(text);
      assert.deepEqual(
        model.attributions.map((a) => [model.sources[a.source].name, a.cue.text, slice(text, a.content)]),
        [['people familiar with the matter', 'said', 'The company plans to cut 1,200 jobs']],
      );
    });

    it('a tag in the middle of a sentence reports the words on both sides: "In her county, Ruiz said, first-time shoplifters are sent to community service"', () => {
      const r = reported(body('In her county, Ruiz said, first-time shoplifters are sent to community service.'), 'shoplifters');
      assert.deepEqual([r.speaker, r.content], ['Ruiz', 'In her county, Ruiz said, first-time shoplifters are sent to community service']);
      assert.equal(reported(body('Prices will rise, Ortiz said on Tuesday, as the talks stalled.'), 'Prices').content, 'Prices will rise');
    });

    it('"according to" names a source the phrase reader does not know, up to its comma, and reports both sides in mid-sentence', () => {
      const r = reported(body('According to early results of exit polls conducted for The Harbour Gazette by Northfield Research, nearly half of the voters were undecided.'), 'undecided');
      assert.deepEqual([r.speaker, r.kind, r.content], ['early results of exit polls conducted for The Harbour Gazette by Northfield Research', 'document', 'nearly half of the voters were undecided']);
      const mid = reported(body('At the root of the delay, according to Nora Lind, a former adviser, was a decision to wait for the audit.'), 'root of the delay');
      assert.equal(mid.content, 'At the root of the delay, according to Nora Lind, a former adviser, was a decision to wait for the audit');
    });

    it('what one verb reports ends where another report or a clause of the writer\'s begins', () => {
      const content = (sentence: string, about: string): string | null => reported(body(sentence), about).content;
      assert.equal(content('Ruiz told the Gazette that she would not seek a recount, conceding the seat to Hale.', 'recount'), 'she would not seek a recount');
      assert.equal(content('Hale said he would order a review of the dikes and warned against cuts to the budget.', 'review'), 'he would order a review of the dikes');
      assert.equal(content('Lund said the toll plan would cost drivers dearly, and called Ruiz "the friend of every lorry firm."', 'toll plan'), 'the toll plan would cost drivers dearly');
      assert.equal(content('Ruiz said it was too early to call the count but added, "I think you know the result."', 'too early'), 'it was too early to call the count');
      assert.equal(content('Six in 10 members said Ruiz is honest, and three-quarters said the same of Hale.', 'honest'), 'Ruiz is honest');
      assert.equal(content('Nearly half said they prefer someone with experience.', 'experience'), 'they prefer someone with experience');
      assert.equal(content('Hale said the real spendthrift is Ruiz, and he railed against the auditors.', 'spendthrift'), 'the real spendthrift is Ruiz');
      assert.equal(content('About half of voters say they prefer an outsider, while about 4 in 10 want experience.', 'outsider'), 'they prefer an outsider');
      assert.equal(content('Most voters say they are paying attention; 26 percent of members say they are not.', 'paying attention'), 'they are paying attention');
      assert.equal(content('Some neighbours say he would look livelier if he slept more - others say he has never been fitter.', 'livelier'), 'he would look livelier if he slept more');
      assert.equal(content('Lund told The Harbour Gazette newspaper of Dunmore on Saturday that he cast his vote for Ruiz.', 'cast his vote'), 'he cast his vote for Ruiz');
      assert.equal(content('Ruiz told a news conference they are "planting the seeds" to achieve that.', 'planting'), 'they are "planting the seeds" to achieve that');
    });

    it('"As X said, …" reports the clause after the comma; "as" telling a time reports nothing', () => {
      const r = reported(body('As the Harbour Gazette reported last week, the council will close the ferry.'), 'ferry');
      assert.deepEqual([r.speaker, r.content], ['Harbour Gazette', 'the council will close the ferry']);
      assert.equal(reported(body('As I mentioned above, the ferry lost money for a decade.'), 'ferry').content, 'the ferry lost money for a decade');
      const model = analyze(body('As Ruiz lectured the council about the ferry, Lund left the room.'));
      assert.deepEqual(model.attributions.map((a) => model.text.slice(a.content.start, a.content.end)).filter((c) => c.includes('Lund')), []);
    });

    it('a subject set off by an adverbial clause still speaks: "Ruiz\'s office, when contacted by the Gazette, said …"', () => {
      const r = reported(body("Ruiz's office, when contacted by the Gazette, said the mayor could not recall the meeting."), 'recall');
      assert.deepEqual([r.mention, r.content], ["Ruiz's office", 'the mayor could not recall the meeting']);
    });

    it('..., X data showed: a document as the source', () => {
      const r = reported(body('Inflation rose to 3.4% in May, the highest level since 2023, Labor Department data showed on Wednesday.'), 'Inflation');
      assert.deepEqual([r.speaker, r.kind, r.content], ['Labor Department data', 'document', 'Inflation rose to 3.4% in May, the highest level since 2023']);
      assert.match(r.cue, /^showed/);
    });

    it('the words around a tag that a quotation hangs on are where it was said, not more of what was said', () => {
      const model = analyze(body('"Europe must be able to defend itself," Hollande said as he entered the talks.', 'In other comments, Ortiz said, "We will not wait."'));
      assert.deepEqual(model.attributions, []);
      assert.equal(speakerOfQuote(model, 'defend itself')?.name, 'Hollande');
    });

    it('a tag may still report a that-clause of its own', () => {
      const text = body('"We are ready," Ortiz said, and she said that the vote would come on Friday.');
      const r = reported(text, 'vote would come');
      assert.deepEqual([r.speaker, r.content], ['Ortiz', 'the vote would come on Friday']);
    });

    it('where and when the verb was said is no content; a that-clause after it is', () => {
      const model = analyze(body('Senator Ana Ortiz spoke during Sunday’s debate. Ortiz said at a news conference in Austin on Tuesday that the bill would fail.'));
      assert.deepEqual(
        model.attributions.map((a) => slice(model.text, a.content)),
        ['the bill would fail'],
      );
    });

    it('a second that-clause after a quotation is no tag of it: "…" and that she had asked …', () => {
      const text = body('Minister Hanne Peeters told parliament on Thursday that the government “will not pay twice” and that she had asked the operator to reply “without delay.”');
      const model = analyze(text);
      for (const words of ['will not pay twice', 'without delay']) {
        const quote = quoteContaining(model, words);
        assert.deepEqual([speakerOf(model, quote)?.name, quote.attribution?.cue?.text], ['Hanne Peeters', 'told parliament'], words);
      }
    });

    it('leaves a time after the tag out: "…, it said in a statement late on Wednesday."', () => {
      const r = reported(body('The group now expects earnings of 400 million euros, it said in a statement late on Wednesday.'), 'expects');
      assert.equal(r.content, 'The group now expects earnings of 400 million euros');
    });

    it('finds the text that reads a quotation several words back: "…" a welcome message on the website reads.', () => {
      speakersIn(['“Hi Americans! Your new home awaits!” a welcome message on the website reads.'], [['Hi Americans', { name: 'the website', kind: 'document', cue: 'reads' }]]);
    });

    it('leaves a plain dateline out of the content: BRUSSELS —', () => {
      const r = reported(body('BRUSSELS — The builder has sued the operator, according to a court filing.'), 'sued');
      assert.deepEqual([r.speaker, r.content], ['a court filing', 'The builder has sued the operator']);
    });

    it('never reports a quotation alone as reported speech', () => {
      const model = analyze(body('"We are ready," Ortiz said.'));
      assert.deepEqual(model.attributions, []);
    });
  });
});

/** The secondary source of the quotation holding `words`: its name, the speaker's, the cue and where the sentence names it. */
function secondarySourceIn(model: ArticleModel): (words: string) => { speaker: string; via: string; cue: string; mention: string } | null {
  return (words) => {
    const attribution = quoteContaining(model, words).attribution!;
    const via = attribution.via;
    return via ? { speaker: model.sources[attribution.source].name, via: model.sources[via.source].name, cue: via.cue.text, mention: model.text.slice(via.mention.start, via.mention.end) } : null;
  };
}
