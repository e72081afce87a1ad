// A throwaway PostgreSQL cluster for tests and benches: initdb into a temp dir, start the server
// on a free loopback port (socket in the same dir), hand out fresh databases, then stop it and
// remove the dir. Uses the machine's own server binaries; as root (initdb refuses root) the server
// runs as an unprivileged user that owns the dir.
import { execFile, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

export interface PostgresBinaries { initdb: string; pgCtl: string }

/** initdb and pg_ctl from PATH, else from Debian's /usr/lib/postgresql/VERSION/bin (newest first); null when absent. */
export function findPostgresBinaries(env: NodeJS.ProcessEnv = process.env): PostgresBinaries | null {
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    dirs.push(...versions.map((v) => join(debian, v, 'bin')));
  }
  for (const dir of dirs) {
    const initdb = join(dir, 'initdb'), pgCtl = join(dir, 'pg_ctl');
    if (existsSync(initdb) && existsSync(pgCtl)) return { initdb, pgCtl };
  }
  return null;
}

/**
 * Whether PostgreSQL tests can run here. When they cannot, returns the reason to skip with, or
 * throws when READOUT_REQUIRE_POSTGRES=1 (CI), so a missing server fails the run instead.
 */
export function postgresUnavailable(env: NodeJS.ProcessEnv = process.env): string | null {
  if (findPostgresBinaries(env)) return null;
  const reason = 'PostgreSQL server binaries (initdb, pg_ctl) not found on PATH or in /usr/lib/postgresql/*/bin; run scripts/install-postgres.sh';
  if (env.READOUT_REQUIRE_POSTGRES === '1') throw new Error(`${reason} (READOUT_REQUIRE_POSTGRES=1)`);
  return reason;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The user the server runs as: ourselves, or (as root) an existing unprivileged account. */
function serverUser(): { name: string; uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  for (const name of ['postgres', 'nobody']) {
    const r = spawnSync('id', ['-u', name], { encoding: 'utf8' });
    const g = spawnSync('id', ['-g', name], { encoding: 'utf8' });
    if (r.status === 0 && g.status === 0) return { name, uid: Number(r.stdout.trim()), gid: Number(g.stdout.trim()) };
  }
  throw new Error('running as root and no unprivileged user (postgres or nobody) to run PostgreSQL as');
}

export interface ThrowawayPostgres {
  port: number;
  /** A postgres:// URL for one database of the cluster. */
  url(database: string): string;
  /** Creates an empty database (C collation, UTF-8) and returns its URL. */
  createDatabase(name: string): Promise<string>;
  dropDatabase(name: string): Promise<void>;
  /** Stops the server and removes its files. Safe to call twice. */
  stop(): Promise<void>;
}

export interface ThrowawayOptions {
  /** Extra server settings, e.g. { shared_buffers: '256MB' }. */
  settings?: Record<string, string>;
  /** Trade durability for speed (tests): fsync and synchronous_commit off. */
  fast?: boolean;
}

export async function startThrowawayPostgres(options: ThrowawayOptions = {}): Promise<ThrowawayPostgres> {
  const bins = findPostgresBinaries();
  if (!bins) throw new Error(postgresUnavailable() ?? 'PostgreSQL binaries not found');
  const dir = mkdtempSync(join(tmpdir(), 'readout-pg-'));
  const data = join(dir, 'data');
  const user = serverUser();
  if (user) chownSync(dir, user.uid, user.gid);
  const as = (cmd: string, args: string[]): [string, string[]] => (user ? ['runuser', ['-u', user.name, '--', cmd, ...args]] : [cmd, args]);
  const stopSync = () => {
    const [c, a] = as(bins.pgCtl, ['stop', '-D', data, '-m', 'immediate', '-s']);
    spawnSync(c, a, { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  };
  // A crashed or interrupted test run must not leave a server behind.
  process.once('exit', stopSync);
  try {
    const [c1, a1] = as(bins.initdb, ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
    await run(c1, a1);
    const port = await freePort();
    const settings: Record<string, string> = {
      listen_addresses: '127.0.0.1', port: String(port), unix_socket_directories: dir, max_connections: '100',
      ...(options.fast ? { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' } : {}),
      ...options.settings,
    };
    const serverArgs = Object.entries(settings).map(([k, v]) => `-c ${k}=${v}`).join(' ');
    const [c2, a2] = as(bins.pgCtl, ['start', '-D', data, '-w', '-t', '60', '-s', '-l', join(dir, 'server.log'), '-o', serverArgs]);
    await run(c2, a2);
    const url = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
    const admin = async (statement: string) => {
      const client = new pg.Client({ connectionString: url('postgres') });
      await client.connect();
      try { await client.query(statement); } finally { await client.end(); }
    };
    let stopped = false;
    return {
      port,
      url,
      async createDatabase(name) {
        await admin(`create database "${name}" template template0 encoding 'UTF8' lc_collate 'C' lc_ctype 'C'`);
        return url(name);
      },
      async dropDatabase(name) {
        await admin(`drop database if exists "${name}" with (force)`);
      },
      async stop() {
        if (stopped) return;
        stopped = true;
        process.removeListener('exit', stopSync);
        const [c, a] = as(bins.pgCtl, ['stop', '-D', data, '-m', 'fast', '-s', '-w']);
        await run(c, a).catch(() => undefined);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    process.removeListener('exit', stopSync);
    stopSync();
    const err = e as Error & { stderr?: string };
    throw new Error(`cannot start a throwaway PostgreSQL cluster: ${(err.stderr || err.message).trim().split('\n')[0]}`);
  }
}
