import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS } from '../../../server/src/protocol';
import { mergeConfig, NO_FILE_CONFIG } from '../../../server/src/workspace/articleConfig';
import { normalizeSettings } from '../../../server/src/workspace/settings';

describe('client settings', () => {
  it('fall back to the defaults for null, partial or wrongly typed input', () => {
    assert.deepEqual(normalizeSettings(null), DEFAULT_SETTINGS);
    assert.deepEqual(normalizeSettings({ style: 'ap' }), { ...DEFAULT_SETTINGS, style: 'ap' });
    assert.deepEqual(normalizeSettings({ style: 'auto', markdown: 42, inlayHints: 'yes' }), DEFAULT_SETTINGS);
  });

  it('keep known rule severities, accept "information" for "info", and drop nonsense', () => {
    const settings = normalizeSettings({ rules: { 'vague-source': 'off', 'unattributed-claim': 'information', x: 'loud' } });
    assert.deepEqual(settings.rules, { 'vague-source': 'off', 'unattributed-claim': 'info' });
  });

  it('lay over .copydesk.yaml: severities replaced, the file’s rule options kept', () => {
    const file = {
      ...NO_FILE_CONFIG,
      style: 'ap' as const,
      rules: { 'delayed-attribution': { severity: 'warning' as const, options: { sentences: 3 } } },
      files: ['/house/base.yaml', '/news/.copydesk.yaml'],
    };
    const config = mergeConfig(file, normalizeSettings({ rules: { 'delayed-attribution': 'info' } }));
    assert.deepEqual(config.rules.rules['delayed-attribution'], { severity: 'information', options: { sentences: 3 } });
    assert.equal(config.rules.style, 'ap', 'the file’s style stands when the settings name none');
    assert.equal(config.analysis.style, 'ap');
    assert.deepEqual(config.configFiles, ['/house/base.yaml', '/news/.copydesk.yaml']);
    assert.equal(mergeConfig(file, normalizeSettings({ style: 'plain' })).rules.style, 'plain');
  });
});
