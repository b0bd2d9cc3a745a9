/** Temporary folder trees for configuration and CLI tests, removed after each test. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export class TempTree {
  readonly root: string;

  constructor(prefix = 'copydesk-test-') {
    this.root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  }

  /** Writes files (paths relative to the root; folders are made as needed) and returns the root. */
  write(files: Record<string, string | Buffer>): string {
    for (const [name, content] of Object.entries(files)) {
      const file = this.path(name);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content);
    }
    return this.root;
  }

  path(name: string): string {
    return path.join(this.root, name);
  }

  read(name: string): string {
    return fs.readFileSync(this.path(name), 'utf8');
  }

  remove(): void {
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}
