import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findMarkdownFiles } from '../../../server/src/workspace/files';

describe('finding the workspace’s Markdown files', () => {
  let root: string;

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-files-'));
    for (const dir of ['desk/drafts', '.git/objects', 'node_modules/pkg', '.hidden']) fs.mkdirSync(path.join(root, dir), { recursive: true });
    for (const file of ['desk/a.article.md', 'desk/drafts/b.md', 'desk/notes.txt', 'README.markdown', '.git/objects/c.md', 'node_modules/pkg/d.md', '.hidden/e.md']) {
      fs.writeFileSync(path.join(root, file), '# x\n');
    }
  });

  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const relative = (files: string[]) => files.map((file) => path.relative(root, file).split(path.sep).join('/'));

  it('lists Markdown files, skipping hidden folders and dependencies', async () => {
    const { files, truncated } = await findMarkdownFiles(root);
    assert.deepEqual(relative(files), ['README.markdown', 'desk/a.article.md', 'desk/drafts/b.md']);
    assert.equal(truncated, false);
  });

  it('survives a symbolic link loop', async () => {
    fs.symlinkSync(root, path.join(root, 'desk', 'loop'));
    const { files } = await findMarkdownFiles(root);
    assert.deepEqual(relative(files), ['README.markdown', 'desk/a.article.md', 'desk/drafts/b.md']);
  });

  it('stops at a cap on the entries it reads, and says so', async () => {
    const { truncated } = await findMarkdownFiles(root, 3);
    assert.equal(truncated, true);
  });
});
