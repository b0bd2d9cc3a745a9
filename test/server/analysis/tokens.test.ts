import * as assert from 'node:assert/strict';
import { tokenize, type Token } from '../../../server/src/analysis/tokens';

function tokens(text: string): Token[] {
  return tokenize(text, 0, text.length);
}

/** Each token as its text, with the kind appended when it is not a plain word. */
function words(text: string): string[] {
  return tokens(text).map((t) => (t.kind === 'word' ? t.text : `${t.text}/${t.kind}`));
}

describe('tokens', () => {
  it('keeps the period of titles, months, initials and dotted abbreviations', () => {
    assert.deepEqual(words('Sen. Ortiz met Gen. Milley on Jan. 5 in Washington, D.C. with J.R. Smith of the U.S. Army'), [
      'Sen.', 'Ortiz', 'met', 'Gen.', 'Milley', 'on', 'Jan.', '5/number', 'in', 'Washington', ',/punct', 'D.C.', 'with', 'J.R.', 'Smith', 'of', 'the', 'U.S.', 'Army',
    ]);
  });

  it('keeps the period of "No." only before a number', () => {
    assert.deepEqual(words('No. 10 Downing St. said no.'), ['No.', '10/number', 'Downing', 'St.', 'said', 'no', './punct']);
  });

  it('keeps a state abbreviation\'s period only when it is capitalised', () => {
    assert.deepEqual(words('She moved to Tulsa, Okla. and Erie, Pa. but was ill.'), [
      'She', 'moved', 'to', 'Tulsa', ',/punct', 'Okla.', 'and', 'Erie', ',/punct', 'Pa.', 'but', 'was', 'ill', './punct',
    ]);
  });

  it('splits a possessive off a name, with straight or curly apostrophes', () => {
    assert.deepEqual(words('O’Malley’s plan and Leavitt\'s view'), ['O’Malley', '’s/possessive', 'plan', 'and', 'Leavitt', "'s/possessive", 'view']);
  });

  it('keeps contractions whole and leaves a plural possessive apostrophe on its own', () => {
    assert.deepEqual(words("don't won’t ministers' report"), ["don't", 'won’t', 'ministers', "'/punct", 'report']);
  });

  it('reads decades, money, percentages, thousands, ordinals and times as numbers', () => {
    assert.deepEqual(words('the ’90s, $1.2 billion, 3.4%, 1,200 jobs, the 10th, 5:30'), [
      'the', '’/punct', '90s/number', ',/punct', '$1.2/number', 'billion', ',/punct', '3.4%/number', ',/punct', '1,200/number', 'jobs', ',/punct', 'the', '10th/number', ',/punct', '5:30/number',
    ]);
  });

  it('keeps hyphenated ages and joined names as one word', () => {
    assert.deepEqual(words('a 43-year-old AT&T engineer'), ['a', '43-year-old', 'AT&T', 'engineer']);
  });

  it('gives an emoji (a surrogate pair) one token', () => {
    const [emoji] = tokens('😀');
    assert.equal(emoji.text, '😀');
    assert.equal(emoji.end - emoji.start, 2);
  });

  it('marks capitalised words and lower-cases every word', () => {
    const [name, verb] = tokens('Ortiz SAID');
    assert.equal(name.cap, true);
    assert.equal(name.lower, 'ortiz');
    assert.equal(verb.lower, 'said');
  });

  it('lower-cases capitals after a joiner and letters beyond ASCII', () => {
    const lowers = tokens('al-Assad O’Malley Coca-Cola Élysée naïve DEMOCRATS’s').map((t) => t.lower);
    assert.deepEqual(lowers, ['al-assad', 'o’malley', 'coca-cola', 'élysée', 'naïve', 'democrats', '’s']);
  });

  it('gives offsets into the text that slice to each token, inside the range asked for', () => {
    const text = 'PREFIX Sen. Ana Ortiz said, “It’s done,” on Jan. 5 — $3.4 billion. SUFFIX';
    const from = text.indexOf('Sen.');
    const to = text.indexOf(' SUFFIX');
    const found = tokenize(text, from, to);
    assert.ok(found.length > 10);
    for (const t of found) {
      assert.equal(text.slice(t.start, t.end), t.text);
      assert.ok(t.start >= from && t.end <= to);
    }
    assert.equal(found[0].text, 'Sen.');
    assert.equal(found[found.length - 1].text, '.');
  });

  it('skips all kinds of white space, including no-break and ideographic spaces', () => {
    assert.deepEqual(words('a\u00a0b\u3000c\td\r\ne'), ['a', 'b', 'c', 'd', 'e']);
  });
});
