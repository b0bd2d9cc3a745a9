// Bundles the three shipped programs into single files under dist/.
// tsc -b type-checks and emits out/ for the tests; esbuild makes what users run:
// the CLI and the language server start without resolving hundreds of modules.
'use strict';
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const shebang = { js: '#!/usr/bin/env node' };

const entries = [
  { in: 'server/src/cli/main.ts', out: 'dist/cli.js', banner: shebang },
  { in: 'server/src/cli/lintWorker.ts', out: 'dist/lintWorker.js' },
  { in: 'server/src/main.ts', out: 'dist/server.js', banner: shebang },
  { in: 'client/src/extension.ts', out: 'dist/client/extension.js', external: ['vscode'] },
];

async function main() {
  const builds = entries
    .filter((entry) => fs.existsSync(path.join(root, entry.in)))
    .map((entry) =>
      esbuild.build({
        absWorkingDir: root,
        entryPoints: [entry.in],
        outfile: entry.out,
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        sourcemap: true,
        minify: process.env.COPYDESK_MINIFY === '1',
        external: entry.external ?? [],
        banner: entry.banner,
        logLevel: 'warning',
      }),
    );
  await Promise.all(builds);
  for (const entry of entries) {
    const file = path.join(root, entry.out);
    if (entry.banner && fs.existsSync(file)) fs.chmodSync(file, 0o755);
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
