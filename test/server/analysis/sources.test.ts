import * as assert from 'node:assert/strict';
import type { ArticleModel } from '../../../server/src/analysis/model';
import { article, body } from '../../helpers/articles';
import { analyze, attributionAbout, mentionsOf, quoteContaining, sourceNamed, speakerNameOf, speakerOfQuote } from '../../helpers/model';
import { offsetOf, slice } from '../../helpers/text';

/** Each source as its name and kind, in order. */
function namesAndKinds(model: ArticleModel): Array<[string, string]> {
  return model.sources.map((s) => [s.name, s.kind]);
}

describe('sources', () => {
  describe('canonical names', () => {
    it('names a person by the full name first introduced, without the title', () => {
      const model = analyze(body('Sen. Elizabeth Warren spoke on Monday. Warren said the bill would pass.', '"It will pass," Warren said.'));
      const warren = sourceNamed(model, 'Elizabeth Warren');
      assert.equal(warren.kind, 'person');
      assert.equal(warren.title, 'Sen.');
      assert.equal(model.sources.length, 1, JSON.stringify(model.sources.map((s) => s.name)));
    });

    it('takes a forename it does not know as a name when the article has the surname speak', () => {
      const model = analyze(body(
        'Every morning, Amos Pell unties the Mary Rose and steers her across the sound.',
        '"People think it is romantic," Pell said.',
        '"It is cold," he said.',
      ));
      const pell = sourceNamed(model, 'Amos Pell');
      assert.deepEqual(mentionsOf(pell), ['name:Amos Pell', 'surname:Pell', 'pronoun:he']);
      // The boat after "the" is no person, and "he" is no boat.
      assert.deepEqual(model.sources.map((s) => s.name), ['Amos Pell']);
    });

    it('lets a surname that speaks name no one when a better-known name has it: Dorothy Lund, whose husband, Tavi Lund', () => {
      const model = analyze(body('Dorothy Lund, whose husband, Tavi Lund, died in 2012, spoke on Monday.', '"He served," Lund said.'));
      assert.equal(speakerOfQuote(model, 'He served')?.name, 'Dorothy Lund');
      assert.equal(model.sources.some((s) => s.name === 'Tavi Lund'), false);
    });

    it('leaves the words that describe someone out of a name found by its speaking surname: Actress Ilse Varga', () => {
      const model = analyze(body('Actress Ilse Varga took the stage.', '"We rock," Varga said.'));
      assert.equal(speakerOfQuote(model, 'We rock')?.name, 'Ilse Varga');
      // A word that opens the sentence is no forename: "Outside Harbourline".
      const company = analyze(body('Outside Harbourline, workers gathered.', '"We are ready," Harbourline said.'));
      assert.equal(company.sources.some((s) => s.name === 'Outside Harbourline'), false);
    });

    it('keeps the team or body before a lower-case role in the title: Northgate coach Lisa Durand', () => {
      const model = analyze(body('Northgate coach Lisa Durand was blunt after the game. "We stopped skating," she said.'));
      assert.equal(sourceNamed(model, 'Lisa Durand').title, 'Northgate coach');
      assert.equal(sourceNamed(analyze(body('The Kestrels were led by AFL-CIO president Steven Tolman. "We won," Tolman said.')), 'Steven Tolman').title, 'AFL-CIO president');
      // Not a day, nor a sentence's opening word.
      assert.equal(sourceNamed(analyze(body('On Monday coach Lisa Durand was blunt. "We stopped skating," Durand said.')), 'Lisa Durand').title, 'coach');
    });

    it('keeps a two-word title whole before a name: Chief Executive Jonas Wermer is one person', () => {
      const model = analyze(body('"We are taking action," Chief Executive Jonas Wermer told analysts.', 'Wermer said he did not expect a recovery.'));
      const wermer = sourceNamed(model, 'Jonas Wermer');
      assert.equal(wermer.title, 'Chief Executive');
      assert.equal(model.sources.length, 1, JSON.stringify(model.sources.map((s) => s.name)));
      // A role is no title by itself: "Republican National Convention" names nobody.
      assert.equal(analyze(body('At the Republican National Convention, Lund said the party was united.')).sources.some((s) => /Convention/.test(s.name)), false);
    });

    it('reads a company\'s description before its name as an organisation, not a title: power company Gulfline', () => {
      const model = analyze(body('Power company Gulfline said it had 3,000 workers ready. It urged customers to report outages online.'));
      const gulfline = sourceNamed(model, 'Gulfline');
      assert.equal(gulfline.kind, 'organization');
      assert.deepEqual(mentionsOf(gulfline), ['description:Power company Gulfline', 'pronoun:It']);
      // "watch" is a verb too: "we watch John Kerry's partners" names a person.
      assert.equal(analyze(body('We watch John Kerry as he said the talks were over.')).sources.find((s) => s.name === 'John Kerry')?.kind ?? 'person', 'person');
    });

    it('reads a place and its state inside an appositive as part of it, not as the name: Mira Castell, a Boulder, Colo., teacher …, said', () => {
      const model = analyze(body('Mira Castell, a Boulder, Colo., teacher who organized the walkout, said the district had “stopped listening.”'));
      const castell = sourceNamed(model, 'Mira Castell');
      assert.match(castell.title ?? '', /teacher/);
      assert.equal(speakerOfQuote(model, 'stopped listening')?.name, 'Mira Castell');
      assert.ok(!model.sources.some((s) => s.name === 'Colo.'), JSON.stringify(model.sources.map((s) => s.name)));
    });

    it('makes no source of an idiom or a credit line: Enough said. Additional reporting by …', () => {
      const model = analyze(body('The council has a plan. Enough said.', '(Reporting by Ana Ortiz; Additional reporting by Gene Lund; Editing by Mara Sousa.)'));
      assert.deepEqual(model.sources.map((s) => s.name), []);
    });

    it('reads a country that speaks as its government, never a person: Portugal said, South Korea said, Beijing said, Texas said', () => {
      const model = analyze(body(
        '“We will not be intimidated,” Portugal said on Tuesday. “The claims are false,” South Korea said.',
        'Portugal said it would expel two diplomats. “We had no choice,” he said.',
        'Mara Jordan, a border guard, watched. “It was quiet,” Jordan said. “We never comment,” Beijing said.',
        '“The rule is unlawful,” Texas said in its filing.',
      ));
      assert.deepEqual(
        ['Portugal', 'South Korea', 'Beijing', 'Texas'].map((name) => [sourceNamed(model, name).kind, sourceNamed(model, name).mentions[0].reason?.step]),
        [['organization', 'country'], ['organization', 'country'], ['organization', 'country'], ['organization', 'country']],
      );
      assert.notEqual(speakerOfQuote(model, 'no choice')?.name, 'Portugal', '"he" is no country');
      assert.equal(speakerOfQuote(model, 'It was quiet')?.name, 'Mara Jordan', 'a person named in full comes first');
    });

    it('reads one capitalised word a "which" clause describes as an organisation: Unison, which represents …, said', () => {
      assert.equal(sourceNamed(analyze(body('Unison, which represents 1.3 million workers, said the strike would close schools.')), 'Unison').kind, 'organization');
      // A person is a "who"; a people may be a "which".
      assert.equal(sourceNamed(analyze(body('Brecht, who represents 1.3 million workers, said the strike would close schools.')), 'Brecht').kind, 'person');
      assert.notEqual(sourceNamed(analyze(body('Christians, which make up most of the town, said the strike was unfair.')), 'Christians').kind, 'organization');
    });

    it("reads a company's short name as the company named in full before: Halvard after Halvard ASA", () => {
      const model = analyze(body('Norwegian shipping group Halvard ASA agreed to buy Oskarsen Lines on Monday.', 'Halvard said the deal would close in 2027. Oskarsen said it supported the offer.'));
      assert.deepEqual(model.sources.map((s) => [s.name, s.kind]), [['Halvard ASA', 'organization'], ['Oskarsen Lines', 'organization']]);
      assert.equal(sourceNamed(model, 'Halvard ASA').mentions[0].kind, 'name');
      // A person's surname stays the person's.
      const person = analyze(body('Ana Ford founded Ford Motors in 1990.', 'Ana Ford said the plant would stay open. Ford said the deal was on.'));
      assert.equal(person.sources.find((s) => s.name === 'Ana Ford')?.kind, 'person');
      assert.ok(!person.sources.some((s) => s.name === 'Ford Motors'));
    });

    it('reads a maker as the company named before it, after a dateline too: the software maker said', () => {
      const model = analyze(body('SAN JOSE, Calif., Nov 30 (Reuters) - Veltrix Corp will cut about 1,200 jobs, or 8% of its workforce, the software maker said on Monday.'));
      assert.deepEqual(model.sources.map((s) => [s.name, s.kind]), [['Veltrix Corp', 'organization']]);
      assert.equal(sourceNamed(analyze(body('Veltrix Corp will cut jobs, the chipmaker said.')), 'Veltrix Corp').kind, 'organization');
      assert.equal(sourceNamed(analyze(body('Immigration Services said the checks would take longer.')), 'Immigration Services').kind, 'organization');
      // What people make: a policy maker is a person.
      assert.equal(sourceNamed(analyze(body('Rates will rise, a policy maker said on Monday.')), 'a policy maker').kind, 'person');
    });

    it('reads a people or a faith that opens a sentence as a group that keeps its capital, not a surname: Hispanics told pollsters', () => {
      const model = analyze(body('Hispanics told pollsters they were “deeply worried” about the plan. Audiences said it was “long overdue.”'));
      assert.deepEqual(namesAndKinds(model), [['Hispanics', 'person'], ['audiences', 'person']]);
      assert.ok(model.sources.every((s) => s.mentions[0].kind === 'description'), 'a group, not a name');
    });

    it('reads the plural of a role that opens a sentence as a description, not a surname: Forecasters said', () => {
      const model = analyze(body('Forecasters said the storm could weaken before landfall.'));
      assert.deepEqual(model.sources.map((s) => [s.name, s.mentions[0].kind]), [['forecasters', 'description']]);
      // A group keeps its lower case too, but a people or a party its capital.
      assert.deepEqual(analyze(body('Teachers said class sizes would grow.')).sources.map((s) => s.name), ['teachers']);
      assert.deepEqual(analyze(body('Americans said prices would rise.')).sources.map((s) => s.name), ['Americans']);
      assert.deepEqual(analyze(body('Both parties say the shutdown would hurt workers.')).sources.map((s) => s.name), ['both parties']);
    });

    it('leaves a school\'s or a hospital\'s role out of the name: Principal Ann Cole', () => {
      const model = analyze(body('In a letter to parents, Principal Ann Cole wrote that the school would close early.'));
      const cole = sourceNamed(model, 'Ann Cole');
      assert.equal(cole.title, 'Principal');
    });

    it('takes a role from an appositive over an honorific, without the relative clause after it', () => {
      const model = analyze(body('Dr. Omar Rahimi, a cardiologist at Northgate Hospital who was not involved in the research, called the findings "important."'));
      assert.equal(sourceNamed(model, 'Omar Rahimi').title, 'cardiologist at Northgate Hospital');
      // An age after "then" is no title: "Gene Lund, then 38, said".
      assert.equal(sourceNamed(analyze(body('Mr. Gene Lund, then 38, said the plan was sound.')), 'Gene Lund').title, 'Mr.');
    });

    it('keeps a title with its own "of" whole: Secretary of Homeland Security', () => {
      const model = analyze(body('"We are ready," said Secretary of Homeland Security Jeh Johnson.', 'Johnson left on Monday.'));
      const johnson = sourceNamed(model, 'Jeh Johnson');
      assert.equal(johnson.title, 'Secretary of Homeland Security');
    });

    it('knows publications and organizations by the last word of their names, and people by their forenames', () => {
      const model = analyze(
        body('“No,” The Harbor Herald reported.', '“Yes,” the conservative-leaning newspaper wrote.', '“Maybe,” the Larkin Institution said.', '“Never,” Tom Press said.'),
      );
      assert.equal(sourceNamed(model, 'Harbor Herald').kind, 'publication');
      assert.equal(sourceNamed(model, 'the conservative-leaning newspaper').kind, 'publication');
      assert.equal(sourceNamed(model, 'Larkin Institution').kind, 'organization');
      assert.equal(sourceNamed(model, 'Tom Press').kind, 'person');
    });

    it('takes an unnamed party member for an anonymous source, not a person called Democrat', () => {
      const model = analyze(body('“No,” one senior Democrat familiar with the talks said.'));
      assert.equal(sourceNamed(model, 'one senior Democrat familiar with the talks').kind, 'anonymous');
    });

    it('names an organization without its leading article', () => {
      const model = analyze(body('The Pentagon said the plan was ready.', '"We are ready," the ministry said.'));
      assert.equal(sourceNamed(model, 'Pentagon').kind, 'organization');
      assert.equal(sourceNamed(model, 'ministry').kind, 'organization');
    });

    it('names an anonymous source by its noun phrase, lower-cased at a sentence start', () => {
      const model = analyze(body('A U.S. official said the talks had stalled.'));
      assert.equal(sourceNamed(model, 'a U.S. official').kind, 'anonymous');
      // The service the officials work for describes them: "fire" is no verb here.
      const fire = analyze(body('The blaze destroyed at least 35 structures, fire officials said.'));
      assert.deepEqual(fire.sources.map((s) => [s.name, s.kind]), [['fire officials', 'anonymous']]);
    });

    it('names a publication and a document by what they are', () => {
      const model = analyze(body('"We are ready," The New York Times reported.', '"Prices rose," the report said.'));
      assert.equal(sourceNamed(model, 'New York Times').kind, 'publication');
      const state = analyze(body('Vale state media reported that the leaders agreed.', 'The talks ended, the state news agency ValA said.'));
      assert.deepEqual(state.sources.map((s) => [s.name, s.kind]), [['Vale state media', 'publication'], ['ValA', 'publication']]);
      assert.equal(sourceNamed(model, 'the report').kind, 'document');
      assert.equal(sourceNamed(analyze(body('The block will go, according to permits filed in October.')), 'permits').kind, 'document');
    });

    it('takes an appositive as the title', () => {
      const model = analyze(body('"We are ready," Jane Doe, a spokeswoman for the ministry, said.'));
      assert.equal(sourceNamed(model, 'Jane Doe').title, 'spokeswoman for the ministry');
    });

    it('keeps the whole title written before the name', () => {
      assert.equal(sourceNamed(analyze(body('“We will not negotiate,” White House press secretary Karoline Leavitt told reporters.')), 'Karoline Leavitt').title, 'White House press secretary');
      assert.equal(sourceNamed(analyze(body('"We are ready," said NATO Secretary General Mark Rutte.')), 'Mark Rutte').title, 'NATO Secretary General');
    });

    it('takes a single name an appositive calls a company for an organization, however long the appositive', () => {
      const model = analyze(body('Delvaux-Marin, the construction group boring the tunnel for the Brussels region’s new north-south metro line, has sued the operator, saying it was made to keep digging.'));
      const company = sourceNamed(model, 'Delvaux-Marin');
      assert.equal(company.kind, 'organization');
      assert.match(company.title ?? '', /^construction group boring the tunnel/);
      assert.equal(model.sources.length, 1, JSON.stringify(model.sources.map((s) => s.name)));
    });

    it('names a record by itself when its owner is named with it: according to the court’s online register', () => {
      const model = analyze(body('A first hearing is scheduled for April 14, according to the court’s online register.'));
      const register = sourceNamed(model, 'the court’s online register');
      assert.equal(register.kind, 'document');
    });

    it('takes one capitalised word after an organisation\'s description for its name', () => {
      const model = analyze(body('The national wine exporters\' association, ViniPort, said in a statement that shipments were diverted.'));
      assert.equal(sourceNamed(model, 'ViniPort').kind, 'organization');
      // A plural's apostrophe is its possessive: the whole description is the title.
      assert.equal(sourceNamed(model, 'ViniPort').title, "national wine exporters' association");
      assert.equal(model.sources.length, 1, JSON.stringify(model.sources.map((s) => s.name)));
    });

    it('reads past an age and a relative clause to the verb, and takes neither for a title', () => {
      const model = analyze(body('“We know our bend in the river,” said Hilde Baumann, 71, who spent 30 years designing pumping stations.', 'Peter Ashworth, 76, who wrote the code, said the messages were kept short.'));
      assert.equal(sourceNamed(model, 'Hilde Baumann').title, null);
      const ashworth = sourceNamed(model, 'Peter Ashworth');
      assert.equal(ashworth.title, null);
      const said = model.attributions.find((a) => a.cue.text === 'said');
      assert.ok(said, 'the reported speech after "said"');
      assert.deepEqual([model.sources[said.source].name, slice(model.text, said.content)], ['Peter Ashworth', 'the messages were kept short']);
    });

    it('takes no participle\'s phrase for a title, but keeps a title that opens with one', () => {
      assert.equal(sourceNamed(analyze(body('A court filing, lodged with the commercial court in Harbourton, said the tunnel flooded.')), 'a court filing').title, null);
      assert.equal(sourceNamed(analyze(body('“We will win,” said Gene Lund, speaking at a rally in Harbourton.')), 'Gene Lund').title, null);
      assert.equal(sourceNamed(analyze(body('Gene Lund, managing director at Harbour Capital, said the fund would grow.')), 'Gene Lund').title, 'managing director at Harbour Capital');
      assert.equal(sourceNamed(analyze(body('“We will win,” said Gene Lund, managing director at Harbour Capital.')), 'Gene Lund').title, 'managing director at Harbour Capital');
      assert.equal(sourceNamed(analyze(body('Gene Lund, then the harbour master, said the port was shut.')), 'Gene Lund').title, 'then the harbour master');
    });

    it('keeps the role before a relative clause about the role\'s organisation as the title', () => {
      const model = analyze(body('Amira Lund, a spokeswoman for the Ouse Valley Partnership, which coordinates flood planning, said in an email that the scheme helped.'));
      assert.equal(sourceNamed(model, 'Amira Lund').title, 'spokeswoman for the Ouse Valley Partnership');
    });

    it('never takes a verb and its subject before a name for the name\'s title', () => {
      const jury = analyze(body('A jury found Lund, who alleged that Hale had struck him, not guilty.'));
      assert.equal(sourceNamed(jury, 'Lund').title, null);
      const aides = analyze(body('In addition, aides say Maria Lund also advises her father on trade.'));
      assert.equal(sourceNamed(aides, 'Maria Lund').title, null);
      assert.equal(sourceNamed(analyze(body('Talk show host Gene Hale said it was over.')), 'Gene Hale').title, 'Talk show host');
    });

    it('knows a company by the last word of its name or by a noun for one', () => {
      const model = analyze(body(
        'About 9,000 customers were still without power, Green Valley Electric said.',
        'Flights resumed on Monday, Harbour Airlines said.',
        'Crews were out all night, the utility said.',
      ));
      assert.equal(sourceNamed(model, 'Green Valley Electric').kind, 'organization');
      assert.equal(sourceNamed(model, 'Harbour Airlines').kind, 'organization');
      assert.equal(sourceNamed(model, 'utility').kind, 'organization');
      assert.equal(sourceNamed(analyze(body('It was a failure, Samantha Power said.')), 'Samantha Power').kind, 'person');
    });

    it('reads a plural\'s possessive as part of the phrase, and the noun after it as no verb', () => {
      assert.deepEqual(analyze(body('“We are ready,” the teachers’ union said.')).sources.map((s) => `${s.kind}:${s.name}`), ['organization:teachers’ union']);
      assert.deepEqual(analyze(body('The candidates’ respective estimates of the number range from 100 to 250.')).sources, []);
    });

    it('takes a town, a city or a county for an organisation, and keeps it in a title: U.S. District Judge', () => {
      const model = analyze(body('The town released a statement on Wednesday saying the remarks “are based on opinion, not facts.”', '“We are open,” the county said.'));
      assert.equal(speakerOfQuote(model, 'based on opinion')?.name, 'town');
      assert.equal(sourceNamed(model, 'town').kind, 'organization');
      assert.equal(sourceNamed(model, 'county').kind, 'organization');
      assert.equal(sourceNamed(analyze(body('“Denied,” said U.S. District Judge Ana Lund.')), 'Ana Lund').title, 'U.S. District Judge');
      assert.equal(sourceNamed(analyze(body('“Passed,” said City Council Speaker Gene Hale.')), 'Gene Hale').title, 'City Council Speaker');
    });

    it('names a record with what tells it from another: who made it, saw it or what it is of', () => {
      const names = (sentence: string) => analyze(body(sentence)).sources.map((s) => `${s.kind}:${s.name}`);
      assert.deepEqual(names('The talks stalled, according to a copy seen by Reuters.'), ['document:a copy seen by Reuters']);
      assert.deepEqual(names('Prices fell, according to figures from the price reporting service Harbour Steel Index.'), ['document:figures from the price reporting service Harbour Steel Index']);
      assert.deepEqual(names('The union wants a raise, according to a list of demands it handed to the operators in April.'), ['document:a list of demands']);
      assert.deepEqual(names('Gifts rose, according to an analysis by The Post.'), ['document:an analysis by The Post']);
      assert.deepEqual(names('Lund leads, according to the results of the latest Harbour University poll released Monday.'), ['document:the results of the latest Harbour University poll']);
      assert.deepEqual(names('According to a complaint filed by the Securities and Exchange Commission, the developers lied.'), ['document:a complaint filed by the Securities and Exchange Commission']);
      assert.deepEqual(names('Documents obtained by The Associated Press show that the fund was empty.'), ['document:Documents obtained by The Associated Press']);
      assert.deepEqual(names('A report by the Harbour Institute found that rents rose.'), ['document:a report by the Harbour Institute']);
    });

    it('takes a person whose surname is also an organisation\'s head for a person: Anna White, not the White House', () => {
      const model = analyze(body('Flights resumed, a spokeswoman, Anna Ruiz White, said on Saturday. It was the first time, she said.', 'The port will close, Gene House said.', '“It was quick,” White said.'));
      assert.equal(sourceNamed(model, 'Anna Ruiz White').kind, 'person');
      assert.deepEqual(mentionsOf(sourceNamed(model, 'Anna Ruiz White')), ['name:Anna Ruiz White', 'pronoun:she', 'surname:White']);
      assert.equal(sourceNamed(model, 'Gene House').kind, 'person');
      const bodies = analyze(body('The port will close, the White House said.', 'He ran for the Virginia House of Delegates, the Harbour Court said.'));
      assert.equal(sourceNamed(bodies, 'White House').kind, 'organization');
      assert.equal(sourceNamed(bodies, 'Harbour Court').kind, 'organization');
    });

    it('takes a record for a document, whatever organisation it is the record of: weather service records', () => {
      const model = analyze(body('The storm was the strongest since 1993, according to weather service records.'));
      assert.equal(sourceNamed(model, 'weather service records').kind, 'document');
    });

    it('never takes a common noun opening the reported sentence for the company it reports', () => {
      const model = analyze(body('Harbour Motors cut 300 jobs on Tuesday.', 'Demand fell sharply in the spring, the company said.'));
      assert.deepEqual(mentionsOf(sourceNamed(model, 'Harbour Motors')), ['name:Harbour Motors', 'description:the company']);
      const alone = analyze(body('Prices rose, the group said.'));
      assert.deepEqual(alone.sources.map((s) => s.name), ['group']);
      // A word the text does not show to be either is the company, from a sentence before, but never a person named so.
      assert.deepEqual(mentionsOf(sourceNamed(analyze(body('Rheinstahl cut jobs.', 'Demand fell, the group said.')), 'Rheinstahl')), ['name:Rheinstahl', 'description:the group']);
      const person = analyze(body('“We are done,” Lund said.', 'Lund left the board.', 'Orders fell, the company said.'));
      assert.equal(sourceNamed(person, 'Lund').kind, 'person');
      assert.equal(sourceNamed(person, 'company').kind, 'organization');
    });

    it('takes a capitalised name for a source of its own, and a shorter form of it for the same source', () => {
      const model = analyze(body(
        'Rheinstahl cut its forecast, the Harbour Group said.',
        'The New York Daily News reported the cut first.',
        'The cut was deep, the Daily News said.',
      ));
      assert.equal(sourceNamed(model, 'Harbour Group').mentions.length, 1);
      assert.deepEqual(mentionsOf(sourceNamed(model, 'New York Daily News')), ['description:The New York Daily News', 'description:the Daily News']);
    });

    it('makes no source of what a title is named by: a page called “Kellbrook River Now”', () => {
      const model = analyze(body('The group publishes every reading on a public page called “Kellbrook River Now” and checks it hourly.'));
      assert.equal(quoteContaining(model, 'Kellbrook').kind, 'title');
      assert.deepEqual(model.sources.map((s) => s.name), []);
    });

    it('ties a description in the lede to the one person named later whose title fits it', () => {
      const model = analyze(body(
        'GENEVA (Reuters) - The two sides agreed to keep talking, the United Nations envoy hosting the talks said.',
        'U.N. special envoy Thomas Brenner said the next round would start on Monday.',
      ));
      const brenner = sourceNamed(model, 'Thomas Brenner');
      assert.deepEqual(mentionsOf(brenner).slice(0, 2), ['description:the United Nations envoy hosting the talks', 'name:U.N. special envoy Thomas Brenner']);
      assert.equal(model.sources.length, 1, JSON.stringify(model.sources.map((s) => s.name)));
      assert.equal(brenner.mentions[0].reason?.step, 'definite-description');
    });

    it('ties "its chairwoman" in the lede to the chairwoman named later', () => {
      const model = analyze(body(
        'PORT ELLIS (AP) - The harbour authority will vote next month on the plan, its chairwoman said Friday.',
        '"We are running out of water," said Chairwoman Delia Okafor.',
      ));
      const okafor = sourceNamed(model, 'Delia Okafor');
      assert.deepEqual(mentionsOf(okafor).slice(0, 2), ['description:its chairwoman', 'name:Chairwoman Delia Okafor']);
      assert.equal(model.sources.length, 1, JSON.stringify(model.sources.map((s) => s.name)));
    });

    it('ties an indefinite description to the person named later only in the lede: "A federal judge …"', () => {
      const lede = analyze(body(
        'LINDEN, Ore. (Reuters) - A federal judge on Thursday blocked the policy, saying it likely violated students\' rights.',
        'U.S. District Judge Harriet Sloane wrote that the board had offered no evidence.',
      ));
      assert.deepEqual(mentionsOf(sourceNamed(lede, 'Harriet Sloane')).slice(0, 2), ['description:A federal judge', 'name:U.S. District Judge Harriet Sloane']);
      const later = analyze(body(
        'LINDEN, Ore. (Reuters) - The board met on Thursday.',
        'A federal judge said the policy was unlawful.',
        'U.S. District Judge Harriet Sloane wrote that the board had offered no evidence.',
      ));
      assert.equal(sourceNamed(later, 'a federal judge').mentions.length, 1);
    });

    it('ties the lede\'s "A former executive testified" to the name the next paragraph opens on (delayed identification)', () => {
      const model = analyze(body(
        'SAN JOSE, Nov 24 (Reuters) - A former senior executive at Veltrix testified on Tuesday that the chief executive was warned about the deal.',
        'Ana Okafor, who led the partnerships group until 2024, told the jury she raised the concern in an email.',
        '"He told me the lawyers had blessed it," Okafor said.',
      ));
      const okafor = sourceNamed(model, 'Ana Okafor');
      assert.deepEqual(mentionsOf(okafor).slice(0, 2), ['description:A former senior executive at Veltrix', 'name:Ana Okafor']);
      assert.equal(model.sources.length, 1, JSON.stringify(model.sources.map((s) => s.name)));
      assert.match(okafor.mentions[0].reason?.detail ?? '', /next paragraph/);
      assert.equal(okafor.title, 'former senior executive at Veltrix');
      // Not when the lede grants its source anonymity, nor when the name has a title of its own.
      for (const second of ['Ana Okafor, who heads the union, said the strike would go on.', 'Union leader Ana Okafor said the strike would go on.']) {
        const apart = analyze(body('A senior official, who spoke on condition of anonymity, said the talks stalled.', second));
        assert.equal(sourceNamed(apart, 'a senior official').mentions.length, 1, second);
      }
      const titled = analyze(body('A senior official said the talks stalled.', 'Union leader Ana Okafor said the strike would go on.'));
      assert.equal(sourceNamed(titled, 'a senior official').mentions.length, 1);
    });

    it('ties "the company" and "the group" to the company a recent sentence opens with by name', () => {
      const model = analyze(body('Rheinstahl cut its profit forecast again on Wednesday.', 'The Duisburg-based group now expects earnings of 400 million euros, it said in a statement.'));
      const company = sourceNamed(model, 'Rheinstahl');
      assert.equal(company.kind, 'organization');
      assert.deepEqual(mentionsOf(company), ['name:Rheinstahl', 'description:The Duisburg-based group', 'pronoun:it']);
      assert.equal(model.sources.length, 1, JSON.stringify(model.sources.map((s) => s.name)));
    });

    it('finds the company after a noun for one, and past an appositive, for "the company"', () => {
      const model = analyze(body(
        'Shares in German steelmaker Rheinstahl fell 11% on Thursday.',
        'Chief Financial Officer Stefanie Brandt spoke to analysts.',
        'Rheinstahl, which employs about 21,000 people, is in talks with the government, the company said.',
      ));
      assert.deepEqual(mentionsOf(sourceNamed(model, 'Rheinstahl')), ['name:Rheinstahl', 'description:the company']);
    });

    it('keeps a person as the speaker of their own response', () => {
      const model = analyze(body('Clinton’s response was: “We will win.”'));
      assert.equal(speakerOfQuote(model, 'We will win')?.name, 'Clinton');
    });

    it('makes no source of a belief that reports nothing, and keeps one that does', () => {
      const model = analyze(body(
        'Two mechanics, who asked not to be named because they feared retaliation, said supervisors pressured them.',
        'Turnout was higher than most party insiders expected. We know the count is final.',
        'Some officials believe that the count was wrong.',
      ));
      assert.deepEqual(model.sources.map((s) => s.name), ['two mechanics', 'some officials']);
      assert.equal(attributionAbout(model, 'the count was wrong').source, sourceNamed(model, 'some officials').id);
    });

    it('credits one member of an anonymous group to the group, with its reason', () => {
      const model = analyze(body(
        'Two mechanics, who asked not to be named because they feared retaliation, said supervisors pressured them.',
        '"We had to sign," one of the mechanics said. "Nobody wanted to ground the fleet," the mechanics said.',
        'Three officials, speaking on condition of anonymity because the talks are private, said a deal was near. "We are close," one of them said.',
      ));
      assert.deepEqual(namesAndKinds(model), [['two mechanics', 'anonymous'], ['three officials', 'anonymous']]);
      assert.equal(speakerOfQuote(model, 'We had to sign')?.name, 'two mechanics');
      assert.equal(speakerOfQuote(model, 'ground the fleet')?.name, 'two mechanics');
      assert.equal(speakerOfQuote(model, 'We are close')?.name, 'three officials');
      assert.equal(sourceNamed(model, 'two mechanics').mentions.find((m) => m.text === 'one of the mechanics')?.reason?.step, 'partitive');
    });

    it('titles a role without the possessive before it, but keeps whose relative someone is', () => {
      const model = analyze(body('Its chief executive, Tom Lund, said profits fell.', 'His son, Peter Lund, said the family was proud.'));
      assert.equal(sourceNamed(model, 'Tom Lund').title, 'chief executive');
      assert.equal(sourceNamed(model, 'Peter Lund').title, 'His son');
      // A neighbour says whose too; "another" goes as an article does; a mood before a name is no title, a profession is.
      const titles = (...sentences: string[]): Record<string, string | null> => Object.fromEntries(analyze(body(...sentences)).sources.map((s) => [s.name, s.title]));
      assert.deepEqual(titles('Her neighbor, Carl Fenn, stayed. "They promised," Fenn said.', 'Another parent, Luis Ortega, said his son was safe.'), { 'Carl Fenn': 'Her neighbor', 'Luis Ortega': 'parent' });
      assert.deepEqual(titles('A defiant Tom Hale said he would stay.', 'The talks failed, said retired neurosurgeon Ben Ruiz.'), { 'Tom Hale': null, 'Ben Ruiz': 'retired neurosurgeon' });
    });

    it('titles a person by the role set before the name with a comma, keeping whose relative someone is', () => {
      const model = analyze(body(
        'When I asked the transit director, Lena Ortiz, why no buses were added, she said the money was not there.',
        'He raised it with the company’s director of maintenance, Gary Pruitt, in April. "No," Pruitt said.',
        'She flew home with her husband, Frank Lund. "It was long," Lund said.',
      ));
      const titles = Object.fromEntries(model.sources.map((s) => [s.name, s.title]));
      assert.deepEqual(titles, { 'Lena Ortiz': 'transit director', 'Gary Pruitt': 'company’s director of maintenance', 'Frank Lund': 'her husband', I: null });
      // After an opening phrase, the owner opens the role.
      assert.equal(sourceNamed(analyze(body('Under cross-examination, Veltrix’s lawyer, Martin Greaves, pressed her. "Did you object?" Greaves asked.')), 'Martin Greaves').title, 'Veltrix’s lawyer');
      // A relative clause after the role, with a verb of its own, still leaves the role.
      const yoo = analyze(body('"It gives the judge a read," said Diane Yoo, a professor at Vale Law School who is not involved in the case.'));
      assert.equal(sourceNamed(yoo, 'Diane Yoo').title, 'professor at Vale Law School');
    });

    it('reads a nickname in quotation marks as part of the name, and knows the person by it later', () => {
      const model = analyze(body(
        'For 46 years, Salvatore "Sal" Ricci has opened his shoe shop at 7 a.m. Rep. Robert C. "Bobby" Scott is a customer.',
        '"People think nobody fixes shoes," Ricci said. Bobby Scott said the shop should stay.',
        'A spokesman, Mark Feld, said the offer was generous. Ricci is not so sure.',
        '"Where would I go?" he said.',
      ));
      assert.deepEqual(model.sources.map((s) => s.name), ['Salvatore "Sal" Ricci', 'Robert C. "Bobby" Scott', 'Mark Feld']);
      assert.equal(speakerOfQuote(model, 'Where would I go')?.name, 'Salvatore "Sal" Ricci');
      assert.equal(model.sources[attributionAbout(model, 'shop should stay').source].name, 'Robert C. "Bobby" Scott');
      // Nothing of the nickname is anyone's words.
      assert.equal(quoteContaining(model, 'Sal').attribution, null);
    });

    it('takes "the sources" and "the person" for the anonymous source named just before', () => {
      const model = analyze(body(
        'The talks failed, three people involved in the talks told Reuters.',
        'The sources, who asked not to be named because the negotiations are confidential, said the two sides remained apart.',
        'A longtime adviser said the deal was dead. "It is over," the person said.',
      ));
      const [group, adviser] = namesAndKinds(model);
      assert.deepEqual([group, adviser, model.sources.length], [['three people involved in the talks', 'anonymous'], ['a longtime adviser', 'anonymous'], 2]);
      assert.equal(speakerOfQuote(model, 'It is over')?.name, 'a longtime adviser');
    });

    it('titles a person by the role that opens the sentence after its owner', () => {
      const model = analyze(body("Brazil's foreign minister, Paulo Mendes, was less upbeat.", '"We have negotiated in good faith," Mendes said.'));
      assert.equal(sourceNamed(model, 'Paulo Mendes').title, "Brazil's foreign minister");
    });

    it('reads past a lawmaker\'s party label to the name before it', () => {
      const model = analyze(body('Sen. Ted Budd, R-N.C., who helped negotiate the bill, said the cap was needed.'));
      assert.deepEqual(model.sources.map((s) => [s.name, s.title]), [['Ted Budd', 'Sen.']]);
    });

    it('makes a source of a reporting verb with no words only when its subject is named', () => {
      const model = analyze(body('The deal fell apart after Republicans insisted on capping damages. Dana Okafor reported from Richmond.'));
      assert.deepEqual(namesAndKinds(model), [['Dana Okafor', 'person']]);
    });

    it('makes no source of someone who is said not to have said anything', () => {
      const model = analyze(body('Councilmember Raj Patel said the garages pay for themselves. Senate Majority Leader John Thune did not say when the bill might return.'));
      assert.deepEqual(model.sources.map((s) => [s.name, s.title]), [['Raj Patel', 'Councilmember']]);
    });

    it('names an agency by its acronym, without the article that opens the sentence', () => {
      const model = analyze(body('The FAA said it had opened an investigation. NASA said the launch was delayed.'));
      assert.deepEqual(model.sources.map((s) => [s.name, s.kind, s.title]), [['FAA', 'organization', null], ['NASA', 'organization', null]]);
    });

    it('takes a company named by its first word for the company named in full before', () => {
      const model = analyze(body('Mechanics say SkyFreight Cargo deferred the repairs.', 'SkyFreight said in a statement that it complies with all rules.'));
      assert.deepEqual(model.sources.filter((s) => s.name.includes('SkyFreight')).map((s) => [s.name, s.kind]), [['SkyFreight Cargo', 'organization']]);
    });

    it('takes a bare name for the company a noun introduced before: "payments chipmaker Orvane", then "Orvane said"', () => {
      const model = analyze(body('The chief executive of payments chipmaker Orvane apologized on Friday.', 'Orvane said a faulty update caused the outage.'));
      assert.deepEqual(model.sources.map((s) => [s.name, s.kind]), [['Orvane', 'organization']]);
      assert.equal(model.sources[0].mentions[0].reason?.detail, '"Orvane" is the chipmaker named before.');
      // So is a company whose appositive calls it one, and the works a name ends in.
      const payroll = analyze(body('Brightwell Pay, the payroll software company used by 18,000 employers, said hackers had stolen data.', '"We have contained the incident," Brightwell said in a statement.'));
      assert.deepEqual(payroll.sources.map((s) => [s.name, s.kind, s.quotes.length]), [['Brightwell Pay', 'organization', 1]]);
      const works = analyze(body('Workers walked out at Carrow Glassworks\' two plants on Tuesday.', 'In a statement, Carrow said it was "deeply disappointed."'));
      assert.deepEqual(works.sources.map((s) => [s.name, s.kind]), [['Carrow Glassworks', 'organization']]);
      // Not a person's campaign: "Clinton" stays Clinton.
      const campaign = analyze(body('The Clinton campaign said it would respond.', '"We will respond," Clinton said.'));
      assert.equal(speakerOfQuote(campaign, 'We will respond')?.kind, 'person');
      // So is a freight forwarder's, named in full before.
      const forwarder = analyze(body('German freight forwarder Halvorsen Logistik agreed to buy a Dutch rival.', 'Halvorsen will pay 38.50 euros a share, Halvorsen said in a statement.'));
      assert.deepEqual(forwarder.sources.map((s) => [s.name, s.kind]), [['Halvorsen', 'organization']]);
    });

    it('takes a forename alone for the one person named before with it: "Their daughter, Lucia Calder, …", then "Lucia said"', () => {
      const model = analyze(body('Their daughter, Lucia Calder, 16, works the register on weekends.', '"She did it from memory," Lucia said.'));
      assert.deepEqual(model.sources.map((s) => [s.name, s.quotes.length]), [['Lucia Calder', 1]]);
      assert.equal(speakerOfQuote(model, 'from memory')?.name, 'Lucia Calder');
    });

    it('keeps the first person named with a surname when a later one has a better-known forename: a profile\'s subject and her daughter', () => {
      const model = analyze(body(
        'Yesenia Calder is already elbow-deep in dough at 4 a.m.',
        '"People keep calling it a comeback," Calder said.',
        'Their daughter, Lucia Calder, works the register on weekends.',
      ));
      assert.equal(speakerOfQuote(model, 'comeback')?.name, 'Yesenia Calder');
    });

    it('takes a relation said again for the person it named: "her daughter, Carmen Ruiz," then "Her daughter said"', () => {
      const model = analyze(body('Her death was confirmed by her daughter, Carmen Ruiz, who said the cause was heart failure.', 'Her daughter said Delgado kept the ledgers for decades.'));
      assert.deepEqual(model.sources.map((s) => s.name), ['Carmen Ruiz']);
      // Not someone else's relation.
      const other = analyze(body('Her daughter, Carmen Ruiz, said the cause was heart failure.', 'His son said the family was proud.'));
      assert.deepEqual(other.sources.map((s) => s.name).sort(), ['Carmen Ruiz', 'His son']);
    });

    it('takes a web address for a publication and a profession\'s plural for a speaker', () => {
      const model = analyze(body('More than 350,000 homes were without power, according to PowerOutage.us, which tracks utility reports.', 'The storm weakened, but forecasters warned that its slow crawl could bring days of rain.'));
      assert.deepEqual(model.sources.map((s) => [s.name, s.kind]), [['PowerOutage.us', 'publication'], ['forecasters', 'person']]);
    });

    it('takes a capitalised description that an appositive calls a group for an organisation: "Neighbors for Responsible Growth, a group that …"', () => {
      const model = analyze(body('Neighbors for Responsible Growth, a group that organized much of the opposition, said it would seek a ballot vote.'));
      assert.deepEqual(model.sources.map((s) => [s.name, s.kind, s.title]), [['Neighbors for Responsible Growth', 'organization', 'group']]);
      // A spokeswoman for one is a person.
      assert.equal(analyze(body('A spokeswoman for the Harbour Investment Coalition, a lobby group, said it would appeal.')).sources[0].kind, 'person');
    });

    it('reads a study of a count as one document, and a journal as a publication', () => {
      const model = analyze(body(
        'Teenagers who sleep less show early signs of insulin resistance, according to a study of more than 4,000 Scottish pupils published on Wednesday.',
        'In an editorial published alongside the study, the journal called for “urgent attention” to school start times.',
      ));
      assert.deepEqual(namesAndKinds(model), [['a study of more than 4,000 Scottish pupils', 'document'], ['the journal', 'publication']]);
    });

    it('reads the records a body keeps as one document: "according to city planning records"', () => {
      const model = analyze(body('Two developers have filed plans for 312 units, according to city planning records.'));
      assert.deepEqual(namesAndKinds(model), [['city planning records', 'document']]);
      // Not a law firm's law.
      assert.equal(analyze(body('She spoke before a San Diego securities law firm, and "did all I could," Lena Hart said.')).sources.some((s) => s.kind === 'document'), false);
    });

    it('takes "the statement" for the one who issued it: "… said in a statement … \"…,\" the statement said"', () => {
      const model = analyze(body('The Linn Prairie school district said in a statement that its alert system had failed.', '“We owe our families better,” the statement said.'));
      assert.deepEqual(namesAndKinds(model), [['Linn Prairie school district', 'organization']]);
      assert.equal(speakerOfQuote(model, 'families better')?.name, 'Linn Prairie school district');
      // A post whose owner the phrase names is that owner's, not the last poster's.
      const owned = analyze(body('Ana Ruiz said in a Facebook post that she was safe.', 'According to the school’s Facebook post, the pupils were home.'));
      assert.equal(owned.sources.some((s) => s.name === 'school’s Facebook post' || s.name === 'the school’s Facebook post'), true);
    });

    it('takes a bare plural for the group named before with more words: "Federal prosecutors … Prosecutors wrote"', () => {
      const model = analyze(body('Federal prosecutors said the company hid its losses.', '"It was a fraud from the start," Prosecutors wrote in the filing.'));
      assert.deepEqual(model.sources.map((s) => [s.name, s.mentions.length]), [['Federal prosecutors', 2]]);
      assert.equal(speakerOfQuote(model, 'fraud from the start')?.name, 'Federal prosecutors');
      // So are anonymous officials; each time they speak unnamed, the story owes a reason.
      const officials = analyze(body('U.S. officials said the talks had stalled.', 'Officials said a new round was possible.'));
      assert.deepEqual(officials.sources.map((s) => [s.name, s.kind, s.anonymity.length]), [['U.S. officials', 'anonymous', 2]]);
      // A group named with more words of its own is another group.
      assert.equal(analyze(body('Federal prosecutors said the company hid its losses.', 'State prosecutors said it did not.')).sources.length, 2);
    });

    it('takes a county\'s body for an organisation, and "the agency" for it: "King County Metro proposed …"', () => {
      const model = analyze(body('King County Metro proposed on Tuesday raising bus fares by 25 cents.', 'Reduced fares would not change, the agency said.'));
      assert.deepEqual(model.sources.map((s) => [s.name, s.kind, s.mentions.length]), [['King County Metro', 'organization', 2]]);
      // So does "the union" for the union named before: "Dutch transport union TWB".
      const union = analyze(body('Dutch transport union TWB said it would seek guarantees.', '"The savings must not be paid for by warehouse workers," the union said.'));
      assert.deepEqual(union.sources.map((s) => [s.name, s.kind, s.mentions.length]), [['TWB', 'organization', 2]]);
      // A title no list has, before a person's name, leaves the person a person.
      assert.equal(analyze(body('Maricopa County Recorder Helen Purcell said the lines were long.')).sources[0].kind, 'person');
    });

    it('knows a name whose forename no list has by an age given to its surname: "Tasha Green\'s sneakers", "Green, 46,"', () => {
      const model = analyze(body(
        'At 3 a.m., the ward is quiet except for the soft squeak of Tasha Green\'s sneakers.',
        'Green, 46, has worked nights on the ward for 19 years.',
        '"You learn the sounds," she said.',
      ));
      assert.deepEqual(model.sources.map((s) => s.name), ['Tasha Green']);
      assert.equal(speakerNameOf(model, 'learn the sounds'), 'Tasha Green');
    });

    it('takes "the delegate" for the anonymous member of the delegation named before', () => {
      const model = analyze(body('A member of the Harbour delegation said the two sides had made no progress. "They want us to give up land," the delegate said, speaking on condition of anonymity because he was not authorized to brief the media.'));
      assert.deepEqual(model.sources.map((s) => [s.name, s.kind]), [['a member of the Harbour delegation', 'anonymous']]);
    });

    it('takes a role followed by the name it introduces for that person: "said Ana Walker\'s sister, Gloria Hayes"', () => {
      const model = analyze(body(
        '"She was taking him to his first job," said Ana Walker\'s sister, Gloria Hayes.',
        'The business secretary, Tom Ashworth, rejected claims that the talks had stalled, insisting that a deal was "within touching distance".',
      ));
      assert.deepEqual(model.sources.map((s) => [s.name, s.title]), [['Gloria Hayes', 'Ana Walker\'s sister'], ['Tom Ashworth', 'business secretary']]);
      assert.equal(speakerOfQuote(model, 'touching distance')?.name, 'Tom Ashworth');
    });

    it('reads a company\'s name through its "and", and a chamber of commerce whole', () => {
      const kinds = (sentence: string): string[][] => analyze(body(sentence)).sources.map((s) => [s.name, s.kind]);
      assert.deepEqual(kinds('Louisville Gas and Electric said crews were on their way.'), [['Louisville Gas and Electric', 'organization']]);
      assert.deepEqual(kinds('The Harbour Chamber of Commerce said exporters needed certainty.'), [['Harbour Chamber of Commerce', 'organization']]);
      assert.deepEqual(kinds('John Chambers said the deal was done.'), [['John Chambers', 'person']]);
    });

    it('takes a name that opens with a region\'s word for a company, and a compound of titles for a title', () => {
      const kinds = (sentence: string): string[][] => analyze(body(sentence)).sources.map((s) => [s.name, s.kind, s.title ?? '']);
      assert.deepEqual(kinds('Southern Vale Edison said in a statement that it was "aware of reports."'), [['Southern Vale Edison', 'organization', '']]);
      // Not a forename, nor the nationality before a role.
      assert.deepEqual(kinds('American writer Joan Ruiz said little.'), [['Joan Ruiz', 'person', 'American writer']]);
      assert.deepEqual(kinds('Harbour Workers Secretary-Treasurer Gary Lund said the union would endorse her.'), [['Gary Lund', 'person', 'Harbour Workers Secretary-Treasurer']]);
      // A company's or a union's last word, but not after a listed forename.
      assert.deepEqual(kinds('Cascade Pacific Power said it was investigating the fault.'), [['Cascade Pacific Power', 'organization', '']]);
      assert.deepEqual(kinds('The New England Nurses Guild said the strike would go on.'), [['New England Nurses Guild', 'organization', '']]);
      assert.deepEqual(kinds('Samantha Power said the talks had failed.'), [['Samantha Power', 'person', '']]);
      // A title word's own role words stay in the title when the surname alone speaks later.
      const ceo = analyze(body('"It is a good deal," Halvorsen Chief Executive Matthias Grauel told analysts.', 'Asked about warehouses, Grauel told reporters: "We will talk."'));
      assert.deepEqual(ceo.sources.map((s) => [s.name, s.title, s.quotes.length]), [['Matthias Grauel', 'Halvorsen Chief Executive', 2]]);
      // An unnamed spokesperson is a person, as a spokesman is.
      assert.deepEqual(kinds('A ministry spokesperson said the cause was unknown.'), [['a ministry spokesperson', 'person', '']]);
    });

    it('does not take the content after "according to X," as X\'s title', () => {
      assert.equal(sourceNamed(analyze(body('According to the Pentagon, two soldiers were wounded.')), 'Pentagon').title, null);
    });
  });

  describe('mentions', () => {
    const text = body('Sen. Elizabeth Warren spoke on Monday.', 'Warren said the bill would pass.', '"It will pass," she said.');
    const model = analyze(text);
    const warren = sourceNamed(model, 'Elizabeth Warren');

    it('lists every mention: full name, surname and pronoun, in text order', () => {
      assert.deepEqual(mentionsOf(warren), ['name:Elizabeth Warren', 'surname:Warren', 'pronoun:she']);
      for (const m of warren.mentions) assert.equal(text.slice(m.start, m.end), m.text);
      assert.deepEqual(warren.mentions.map((m) => m.start), [offsetOf(text, 'Elizabeth'), offsetOf(text, 'Warren said'), offsetOf(text, 'she said')]);
    });

    it('gives the first full reference', () => {
      assert.equal(warren.firstFullReference?.text, 'Elizabeth Warren');
      assert.equal(warren.firstFullReference?.start, offsetOf(text, 'Elizabeth Warren'));
    });

    it('gives the first full reference even when a surname comes first', () => {
      const later = analyze(body('"It will pass," Warren said.', 'Sen. Elizabeth Warren left early.'));
      const source = sourceNamed(later, 'Elizabeth Warren');
      assert.deepEqual(mentionsOf(source), ['surname:Warren', 'name:Elizabeth Warren']);
      assert.equal(source.firstFullReference?.text, 'Elizabeth Warren');
    });

    it('has no first full reference for a person only ever named by surname', () => {
      assert.equal(sourceNamed(analyze(body('"It is done," said Ruiz.')), 'Ruiz').firstFullReference, null);
    });

    it('ties each quote and reported statement to its source', () => {
      assert.deepEqual(warren.quotes, [model.quotes[0].id]);
      assert.deepEqual(warren.attributions, [attributionAbout(model, 'bill would pass').id]);
    });

    it('resolves a surname to the person most recently named in full', () => {
      const clintons = analyze(body('Hillary Clinton met Bill Clinton on Monday.', '"We agreed," Clinton said.', 'Later Hillary Clinton left.', '"It went well," Clinton said.'));
      assert.equal(speakerNameOf(clintons, 'We agreed'), 'Bill Clinton');
      assert.equal(speakerNameOf(clintons, 'It went well'), 'Hillary Clinton');
    });

    it('gives each place the text names a source one mention', () => {
      const parnell = sourceNamed(analyze(body('"We are ready," Pentagon spokesman Sean Parnell said.')), 'Sean Parnell');
      const overlapping = parnell.mentions.filter((m, i) => parnell.mentions.some((n, j) => j !== i && n.start < m.end && m.start < n.end));
      assert.deepEqual(overlapping.map((m) => m.text), []);
    });
  });

  describe('declared sources and configuration', () => {
    it('ties an alias declared in the front matter to its source, and marks it declared', () => {
      const text = article({ title: 'T', sources: [{ name: 'Jane Doe', title: 'ministry spokeswoman', aliases: ['Doe'] }] }, 'Jane Doe arrived.', '"We are ready," Doe said.');
      const doe = sourceNamed(analyze(text), 'Jane Doe');
      assert.equal(doe.declared, true);
      assert.ok(doe.mentions.some((m) => m.text === 'Doe'));
    });

    it('takes a person\'s pronouns from the configuration over any guess', () => {
      const options = { lexicon: { people: [{ name: 'Alex Moreno', pronouns: 'she' as const }] } };
      const model = analyze(body('"We are ready," Alex Moreno said.', '"We will act," she said.'), options);
      const moreno = sourceNamed(model, 'Alex Moreno');
      assert.equal(moreno.gender, 'female');
      assert.equal(moreno.genderReason?.step, 'configured');
      assert.equal(speakerNameOf(model, 'We will act'), 'Alex Moreno');
    });

    it('never resolves "she" or "he" to the author who writes "I"', () => {
      const model = analyze(article(
        { title: 'T', byline: ['Ruth Amsel'] },
        'I asked the county\'s budget director, Helen Sato, how the savings were calculated.',
        '"It is a conservative estimate," she told me.',
      ));
      assert.equal(speakerOfQuote(model, 'conservative estimate')?.name, 'Helen Sato');
    });

    it('takes the byline author for "I" outside quotes', () => {
      const model = analyze(article({ title: 'T', byline: ['Ana Ortiz'] }, 'I asked the mayor, who said the plan had failed.', 'I said the council should vote.'));
      assert.ok(model.sources.some((s) => s.name === 'Ana Ortiz'), JSON.stringify(model.sources.map((s) => s.name)));
    });
  });
});
