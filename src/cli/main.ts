import { UserError } from '../core/errors.ts';
import { cliText } from './messages.ts';

/** Each command lives in its own file under commands/ and exports `run(args)`. */
type Command = { describe: string; load: () => Promise<{ run(args: string[]): Promise<number | undefined> }> };

const commands: Record<string, Command> = {
  serve: {
    describe: 'serve [--port N]            start the web server (migrates; seeds demo data into an empty database)',
    load: () => import('./commands/serve.ts'),
  },
  migrate: { describe: 'migrate                     apply database migrations', load: () => import('./commands/migrate.ts') },
  seed: { describe: 'seed demo|national          build the demo network or the national-scale data set', load: () => import('./commands/seed.ts') },
  units: {
    describe: 'units import <file>|--builtin 2025-06|2025-07|mergers · units handover [code…] [--apply]   the map, the mergers, ended units to successors',
    load: () => import('./commands/units.ts'),
  },
  indicators: { describe: 'indicators --unit C --year Y [--format json|table]', load: () => import('./commands/indicators.ts') },
  users: {
    describe: 'users add --username U --password P --role admin|official|staff|viewer [--unit C|--institution C] · users token U',
    load: () => import('./commands/users.ts'),
  },
  plan: {
    describe: 'plan parse <file> [--format json] · plan import <file> --unit C   read a Kế hoạch (.txt, .docx, .pdf)',
    load: () => import('./commands/plan.ts'),
  },
  report: {
    describe: 'report build --unit C --year Y --format docx|xlsx|html --out F · report remind   the annual report',
    load: () => import('./commands/report.ts'),
  },
  catalogue: {
    describe: 'catalogue import <file> --library C [--on-error skip|reject] · catalogue search "<q>" [--format json]',
    load: () => import('./commands/catalogue.ts'),
  },
  holds: {
    describe: 'holds expire [--library C] [--dry-run]   holds nobody collected in their pickup period expire (the server does it nightly)',
    load: () => import('./commands/holds.ts'),
  },
  verify: {
    describe: 'verify [--fix]              compare every maintained total with a rebuild; exit 1 on a difference (--fix rebuilds)',
    load: () => import('./commands/verify.ts'),
  },
  values: { describe: 'values export|import …      data values as CSV/XLSX (import: all-or-nothing, --dry-run)', load: () => import('./commands/values.ts') },
  backup: {
    describe: 'backup <file>               copy the database to a file (SQLite online backup, pg_dump custom format)',
    load: async () => ({ run: (await import('./commands/backup.ts')).command('backup') }),
  },
  restore: {
    describe: 'restore <file>              replace the database by a backup, checked first (server stopped)',
    load: async () => ({ run: (await import('./commands/backup.ts')).command('restore') }),
  },
};

function usage(): string {
  return ['Usage: lifelong <command> [options]', '', ...Object.values(commands).map((c) => `  ${c.describe}`)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    console.log(usage());
    return name ? 0 : 1;
  }
  const command = commands[name];
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${usage()}`);
    return 2;
  }
  const mod = await command.load();
  const code = await mod.run(rest);
  return typeof code === 'number' ? code : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0) process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof UserError) {
      const [vi, en] = [cliText('vi'), cliText('en')];
      console.error(`${vi.error({ message: err.said.vi })}${err.said.en !== err.said.vi ? `\n${en.error({ message: err.said.en })}` : ''}`);
      for (const p of err.problems) console.error(`  ${p.row !== undefined ? `${vi.row({ row: p.row })}, ` : ''}${p.field ?? ''}: ${p.said.vi}`);
      process.exitCode = 1;
    } else {
      console.error(err);
      process.exitCode = 1;
    }
  },
);
