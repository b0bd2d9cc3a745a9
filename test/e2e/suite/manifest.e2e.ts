import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { allRules } from '../../../server/src/rules';
import { EXTENSION_ID } from './helpers';

interface Manifest {
  contributes: {
    configuration: { properties: Record<string, { properties?: Record<string, { description: string }> }> };
    commands: Array<{ command: string }>;
  };
}

describe('the extension manifest as VS Code loaded it', () => {
  const manifest = (): Manifest => vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as Manifest;

  it('offers a severity setting for every rule the server runs, described as the rule describes itself', () => {
    const rules = manifest().contributes.configuration.properties['copydesk.rules'].properties ?? {};
    assert.deepEqual(Object.keys(rules).sort(), allRules.map((rule) => rule.id).sort());
    for (const rule of allRules) assert.ok(rules[rule.id].description.startsWith(rule.description), rule.id);
  });

  it('registers a handler for every command it contributes', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = manifest().contributes.commands.map((c) => c.command).filter((id) => !registered.has(id));
    assert.deepEqual(missing, []);
  });
});
