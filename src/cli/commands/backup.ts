import { backupDatabase, restoreDatabase } from '../../core/db/backup.ts';
import { loadConfig } from '../../core/config.ts';
import { formatNumber } from '../../core/i18n/format.ts';
import { cliText } from '../messages.ts';

/**
 * `lifelong backup <file>` copies the configured database to a file while the server may run (SQLite's online
 * backup, `pg_dump -Fc`); `lifelong restore <file>` puts a backup in its place — checked whole first (it opens, its
 * schema is not newer than the code), so a bad file changes nothing. Restore with the server stopped.
 */
export function command(what: 'backup' | 'restore') {
  return async (args: string[]): Promise<number> => {
    const t = cliText('vi');
    const [file] = args;
    if (!file) {
      console.error(t.backupUsage);
      return 2;
    }
    const url = loadConfig().databaseUrl;
    if (what === 'restore') {
      await restoreDatabase(url, file);
      console.log(t.restoreDone({ file }));
      return 0;
    }
    const done = await backupDatabase(url, file);
    console.log(t.backupDone({ file, size: `${formatNumber('vi', done.bytes / 1e6, 1)} MB` }));
    return 0;
  };
}
