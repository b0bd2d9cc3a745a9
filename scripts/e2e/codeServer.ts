/**
 * Starts code-server (the real VS Code workbench, served to a browser, with a Node extension
 * host) on a free local port, in a throwaway profile so the run never touches the user's
 * HOME, and stops it with its whole process group (extension host and language server too).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { waitFor } from './waitFor';

export interface CodeServerOptions {
  /** The code-server install (see setup-code-server.sh). */
  installDir: string;
  /** A scratch folder that holds user data, extensions, HOME and logs for this run. */
  runDir: string;
  /** User settings written before start. */
  settings?: Record<string, unknown>;
  /** Extra environment for code-server and, through it, the extension host. */
  env?: Record<string, string>;
}

/** The settings every run starts from: quiet, offline, and quick to hover. */
export const BASE_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'editor.hover.delay': 200,
  'security.workspace.trust.enabled': false,
  'window.restoreWindows': 'none',
  'files.hotExit': 'off',
};

/** A free TCP port on 127.0.0.1, chosen by the OS. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The environment that keeps code-server and Chromium out of the real HOME. */
export function scratchEnv(runDir: string): Record<string, string> {
  const home = path.join(runDir, 'home');
  return {
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    XDG_RUNTIME_DIR: path.join(home, 'run'),
  };
}

/** A running code-server; `stop()` it in a `finally`. */
export class CodeServer {
  readonly port: number;
  readonly #process: ChildProcess;
  readonly #log: string;

  private constructor(port: number, child: ChildProcess, log: string) {
    this.port = port;
    this.#process = child;
    this.#log = log;
  }

  /** Starts code-server and resolves once its /healthz answers. */
  static async start(options: CodeServerOptions): Promise<CodeServer> {
    const bin = path.join(options.installDir, 'node_modules', '.bin', 'code-server');
    if (!fs.existsSync(bin)) {
      throw new Error(`code-server is not installed in ${options.installDir}: run scripts/e2e/setup-code-server.sh`);
    }
    const dirs = ['ud/User', 'exts', 'home/.config', 'home/run'].map((d) => path.join(options.runDir, d));
    for (const dir of dirs) fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    fs.writeFileSync(
      path.join(options.runDir, 'ud', 'User', 'settings.json'),
      JSON.stringify({ ...BASE_SETTINGS, ...options.settings }, null, 2),
    );
    // code-server writes a config with a random password wherever --config points; keep it here.
    const config = path.join(options.runDir, 'config.yaml');
    fs.writeFileSync(config, 'auth: none\ncert: false\n');

    const port = await freePort();
    const log = path.join(options.runDir, 'code-server.log');
    const out = fs.openSync(log, 'a');
    const child = spawn(
      bin,
      [
        '--config', config,
        '--user-data-dir', path.join(options.runDir, 'ud'),
        '--extensions-dir', path.join(options.runDir, 'exts'),
        '--bind-addr', `127.0.0.1:${port}`,
        '--auth', 'none',
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        '--disable-proxy',
        '--locale', 'en',
      ],
      {
        detached: true, // its own process group, so stop() reaches the extension host too
        stdio: ['ignore', out, out],
        env: { ...process.env, ...scratchEnv(options.runDir), ...options.env },
      },
    );
    fs.closeSync(out);
    const server = new CodeServer(port, child, log);
    let exited: string | undefined;
    child.once('exit', (code, signal) => (exited = `code-server exited (${signal ?? code}); see ${log}`));
    try {
      await waitFor('code-server /healthz', async () => {
        if (exited) throw new Error(exited);
        const response = await fetch(`${server.origin}/healthz`).catch(() => undefined);
        return response?.ok;
      }, { timeout: 30_000, interval: 100 });
    } catch (error) {
      server.stop();
      throw error;
    }
    return server;
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Where code-server writes its own log (useful in a failure message). */
  get logFile(): string {
    return this.#log;
  }

  /** A path on this machine as the workbench names it: a vscode-remote URI. */
  remoteUri(absolutePath: string): string {
    return `vscode-remote://127.0.0.1:${this.port}${absolutePath}`;
  }

  /**
   * The workbench URL for a folder. `payload` is how the web workbench receives what the
   * desktop takes as CLI flags (extensionDevelopmentPath, extensionTestsPath).
   */
  workbenchUrl(folder: string, payload: ReadonlyArray<[string, string]> = []): string {
    const query = new URLSearchParams({ folder });
    if (payload.length) query.set('payload', JSON.stringify(payload));
    return `${this.origin}/?${query}`;
  }

  /** Kills code-server's whole process group. Safe to call twice. */
  stop(): void {
    const pid = this.#process.pid;
    if (pid === undefined || this.#process.exitCode !== null || this.#process.signalCode !== null) return;
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}
