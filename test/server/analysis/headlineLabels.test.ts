import * as assert from 'node:assert/strict';
import { body } from '../../helpers/articles';
import { analyze } from '../../helpers/model';
import { slice } from '../../helpers/text';

/** Each attribution as [speaker, cue, content], read by their words. */
function attributionsOf(text: string): Array<[string, string, string | null]> {
  const model = analyze(text);
  return model.attributions.map((a) => [model.sources[a.source].name, a.cue.text, slice(text, a.content)]);
}

describe('headline labels', () => {
  it('reads "Name: what they said" in a headline as reported speech by someone the story names', () => {
    const text = body('# Lund: No delay to the ferry timetable', 'Harbour master Gene Lund told the council on Monday that the ferry would sail.');
    const model = analyze(text);
    const label = model.attributions.find((a) => a.cue.text === ':');
    assert.ok(label, 'no attribution for the headline');
    assert.deepEqual([model.sources[label.source].name, slice(text, label.content), label.reason.step], ['Gene Lund', 'No delay to the ferry timetable', 'headline-label']);
  });

  it('leaves whom they spoke to, or about what, out of the speaker', () => {
    const text = body('# Ruiz to port workers: The yard will stay open', 'Ana Ruiz spoke at the gate.');
    assert.deepEqual(attributionsOf(text).filter(([, cue]) => cue === ':'), [['Ana Ruiz', ':', 'The yard will stay open']]);
  });

  it('keeps a headline\'s single quotes in the content', () => {
    const text = body('# Hale on the audit: ‘We Did Nothing Wrong.’', 'Nora Hale defended the harbour board.');
    assert.deepEqual(attributionsOf(text).filter(([, cue]) => cue === ':'), [['Nora Hale', ':', '‘We Did Nothing Wrong.’']]);
  });

  it('reads a short description as the speaker: Report:, Harbour Gazette:', () => {
    assert.deepEqual(attributionsOf(body('# Report: Ferry losses doubled in 2025', 'The figures came out on Monday.'))[0], ['Report', ':', 'Ferry losses doubled in 2025']);
  });

  it('reads no speaker from a column, a series or an update, nor from a label no one in the story answers to', () => {
    for (const heading of ['# The Latest: Ferry sails at noon', '# UPDATE: Ferry sails at noon', '# The Harbour Diaries: A Week on the Water', '# Warren Hammers Harbour Bank Boss: Resign Now']) {
      assert.deepEqual(attributionsOf(body(heading, 'The ferry sailed at noon.')), [], heading);
    }
  });

  it('reads nothing from a colon in the body or in a heading past its first words', () => {
    assert.deepEqual(attributionsOf(body('Lund: the ferry sails at noon.', 'Gene Lund is the harbour master.')), []);
  });
});
