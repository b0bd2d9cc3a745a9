/**
 * `npm run test:vscode`: the same extension-host suite as the code-server run, under
 * @vscode/test-electron in desktop VS Code, on the lowest version `engines.vscode` allows and
 * on stable. That needs VS Code downloaded from Microsoft's update server; where it cannot be
 * (an offline machine, this project's CI), the run says so and is skipped, not failed.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { stageExtension } from './stageExtension';

const root = path.resolve(__dirname, '..', '..', '..');

/** `^1.91.0` → `1.91.0`: the oldest VS Code the manifest claims to support. */
function lowestSupported(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines: { vscode: string } };
  return manifest.engines.vscode.replace(/^[^\d]*/, '');
}

async function download(version: string): Promise<string | undefined> {
  try {
    return await downloadAndUnzipVSCode({ version, cachePath: path.join(root, '.cache', 'vscode-test') });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stdout.write(`test:vscode: skipped: VS Code ${version} could not be downloaded (${reason.split('\n')[0]}).\n`);
    process.stdout.write('test:vscode: `npm run test:e2e` runs the same suite in code-server, offline.\n');
    return undefined;
  }
}

async function main(): Promise<number> {
  let failed = 0;
  let passed = 0;
  let skipped = 0;
  for (const version of [lowestSupported(), 'stable']) {
    const executable = await download(version);
    if (!executable) {
      skipped++;
      continue;
    }
    const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-vscode-'));
    const workspace = path.join(runDir, 'workspace');
    fs.cpSync(path.join(root, 'test', 'e2e', 'workspace'), workspace, { recursive: true });
    const code = await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: stageExtension(root, path.join(runDir, 'extension')),
      extensionTestsPath: path.join(root, 'out', 'test', 'e2e', 'suite', 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', path.join(runDir, 'ud')],
      extensionTestsEnv: { COPYDESK_E2E_RESULTS: path.join(runDir, 'results.json') },
    }).catch(() => 1);
    process.stdout.write(`test:vscode: VS Code ${version}: ${code === 0 ? 'passed' : 'failed'}\n`);
    if (code === 0) passed++;
    else failed++;
    fs.rmSync(runDir, { recursive: true, force: true });
  }
  process.stdout.write(`test:vscode: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  return failed ? 1 : 0;
}

main().then((code) => process.exit(code), (error: unknown) => {
  process.stderr.write(`test:vscode: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
