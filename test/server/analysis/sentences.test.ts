import * as assert from 'node:assert/strict';
import { body } from '../../helpers/articles';
import { analyze, sentenceTexts } from '../../helpers/model';

function sentencesOf(...paragraphs: string[]): string[] {
  return sentenceTexts(analyze(body(...paragraphs)));
}

describe('sentences', () => {
  describe('abbreviations', () => {
    it('never ends a sentence at a title, a month, "No." or "St."', () => {
      const one = 'Sen. Ana Ortiz and Gen. Mark Milley spoke on Jan. 5 at No. 10 Downing St. in London.';
      assert.deepEqual(sentencesOf(one), [one]);
    });

    it('never ends a sentence at an initial or initials', () => {
      const one = 'J.R. Smith and John F. Kennedy Jr. were named in the filing.';
      assert.deepEqual(sentencesOf(one), [one]);
    });

    it('keeps U.S., D.C. and state abbreviations inside a sentence', () => {
      const one = 'The U.S. Army base near Washington, D.C. and the one in Tulsa, Okla. will close.';
      assert.deepEqual(sentencesOf(one), [one]);
    });

    it('ends a sentence at U.S., D.C. or Okla. when a new one plainly starts', () => {
      assert.deepEqual(sentencesOf('He moved to the U.S. The country was large.'), ['He moved to the U.S.', 'The country was large.']);
      assert.deepEqual(sentencesOf('She lives in Washington, D.C. Then she left.'), ['She lives in Washington, D.C.', 'Then she left.']);
      assert.deepEqual(sentencesOf('He moved to Tulsa, Okla. The city was quiet.'), ['He moved to Tulsa, Okla.', 'The city was quiet.']);
      assert.deepEqual(sentencesOf('He moved to the U.S. "It was a fresh start," he said.'), ['He moved to the U.S.', '"It was a fresh start," he said.']);
    });

    it('goes on past U.S. when a quotation after it opens in lower case: said the U.S. "cannot afford …"', () => {
      const one = 'Her office put out a statement saying the U.S. "cannot afford another delay at the port."';
      assert.deepEqual(sentencesOf(one), [one]);
    });

    it('keeps a party-and-state label in parentheses inside the sentence', () => {
      assert.deepEqual(sentencesOf('Ortiz (D-N.Y.) voted no. Rivera voted yes.'), ['Ortiz (D-N.Y.) voted no.', 'Rivera voted yes.']);
    });

    it('starts a sentence at a bullet opening the next line of a list', () => {
      assert.deepEqual(sentencesOf('~ Two ferries ran aground on Sunday.\n~ So the harbor stays shut.'), ['~ Two ferries ran aground on Sunday.', '~ So the harbor stays shut.']);
    });

    it('keeps times of day inside the sentence', () => {
      assert.deepEqual(sentencesOf('Mr. and Mrs. Smith arrived at 5 p.m. The party began.'), ['Mr. and Mrs. Smith arrived at 5 p.m.', 'The party began.']);
    });
  });

  describe('quotes', () => {
    it('never splits a quotation, however many sentences it holds', () => {
      const one = '"It is an option and a possibility. I won\'t rule out anything... I can tell you he\'s definitively ruled out boots on the ground," White House press secretary Karoline Leavitt told reporters.';
      assert.deepEqual(sentencesOf(`${one} He left.`), [one, 'He left.']);
    });

    it('keeps "Why?" she asked. as one sentence', () => {
      assert.deepEqual(sentencesOf('"Why?" she asked. "Because," he said.'), ['"Why?" she asked.', '"Because," he said.']);
      assert.deepEqual(sentencesOf('“Stop!” the officer shouted. Nobody moved.'), ['“Stop!” the officer shouted.', 'Nobody moved.']);
    });

    it('ends a sentence after a closing quote mark that follows the period', () => {
      assert.deepEqual(sentencesOf('He called it “a hoax.” Then he left.'), ['He called it “a hoax.”', 'Then he left.']);
      assert.deepEqual(sentencesOf('She said: "Stop!" Then she left.'), ['She said: "Stop!"', 'Then she left.']);
    });

    it('keeps a split quotation in one sentence', () => {
      const one = '“The ceasefire is holding,” said Maria Lopez, a spokeswoman for the United Nations, “but it is fragile.”';
      assert.deepEqual(sentencesOf(one), [one]);
    });
  });

  describe('boundaries', () => {
    it('ends sentences at periods, question marks, exclamation marks and ellipses', () => {
      assert.deepEqual(sentencesOf('The vote was 5-4. Did it pass? It did! Nobody cheered... The end.'), ['The vote was 5-4.', 'Did it pass?', 'It did!', 'Nobody cheered...', 'The end.']);
    });

    it('starts a sentence with a number', () => {
      assert.deepEqual(sentencesOf('It rose 5%. 2025 was a record year.'), ['It rose 5%.', '2025 was a record year.']);
    });

    it('never runs a sentence across paragraphs, and tells each sentence its paragraph', () => {
      const text = body('First paragraph has no period', 'Second paragraph. It has two sentences.');
      const model = analyze(text);
      assert.deepEqual(sentenceTexts(model), ['First paragraph has no period', 'Second paragraph.', 'It has two sentences.']);
      assert.deepEqual(model.sentences.map((s) => s.paragraph), [0, 1, 1]);
      assert.deepEqual(model.sentences.map((s) => s.index), [0, 1, 2]);
      for (const s of model.sentences) {
        const p = model.paragraphs[s.paragraph];
        assert.ok(s.start >= p.start && s.end <= p.end);
      }
    });

    it('runs a sentence over the lines of a hard-wrapped paragraph', () => {
      assert.deepEqual(sentencesOf('NATO leaders are expected\nto meet on Wednesday. They will\ndiscuss Ukraine.'), ['NATO leaders are expected\nto meet on Wednesday.', 'They will\ndiscuss Ukraine.']);
    });
  });
});
