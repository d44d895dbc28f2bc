import { parseArgs } from 'node:util';
import { UserError } from '../../core/errors.ts';
import { ROLES, type Role } from '../../core/auth/principal.ts';
import { createUser } from '../../accounts/users.ts';
import { createApiToken, revokeApiTokens } from '../../accounts/sessions.ts';
import { formatDate } from '../../core/i18n/format.ts';
import { findUnit } from '../../network/units.ts';
import { findInstitution } from '../../network/institutions.ts';
import { networkErrors } from '../../network/messages.ts';
import { withPlatform } from '../context.ts';
import { cliErrors, cliText } from '../messages.ts';

/**
 * `users add --username u --password p --role official --unit 46 [--name "…"]` · `users token <username> [--name label]
 * [--days 90]` (the token on stdout, its expiry on stderr) · `users revoke-tokens <username> [--name label]`
 */
export async function run(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      username: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string' },
      unit: { type: 'string' },
      institution: { type: 'string' },
      name: { type: 'string' },
      days: { type: 'string' },
    },
  });
  return withPlatform(async ({ db }) => {
    if (action === 'add') {
      const role = values.role as Role;
      if (!values.username || !values.password || !ROLES.includes(role)) throw new UserError(cliErrors.usersNeed({ roles: ROLES.join('|') }));
      const unit = values.unit ? await findUnit(db, values.unit) : undefined;
      if (values.unit && !unit) throw new UserError(networkErrors.unknownUnitCode({ unit: values.unit }), 404);
      const inst = values.institution ? await findInstitution(db, values.institution) : undefined;
      if (values.institution && !inst) throw new UserError(networkErrors.unknownInstitutionCode({ institution: values.institution }), 404);
      await createUser(db, {
        username: values.username,
        password: values.password,
        displayName: values.name ?? values.username,
        role,
        unitId: unit?.id ?? null,
        institutionId: inst?.id ?? null,
      });
      console.log(cliText('vi').userCreated({ username: values.username, role }));
      return 0;
    }
    if (action === 'token' || action === 'revoke-tokens') {
      const username = positionals[0];
      const user = username ? await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst() : undefined;
      if (!user) throw new UserError(cliErrors.unknownUser({ username: username ?? '' }), 404);
      if (action === 'revoke-tokens') {
        const n = await revokeApiTokens(db, user.id, values.name === undefined ? {} : { name: values.name });
        console.log(cliText('vi').tokensRevoked({ n, username: username ?? '' }));
        return 0;
      }
      const days = values.days === undefined ? undefined : Number(values.days);
      if (days !== undefined && !(Number.isInteger(days) && days >= 1 && days <= 366)) throw new UserError(cliErrors.tokenDays());
      const { token, expiresAt } = await createApiToken(db, user.id, values.name ?? 'cli', days);
      console.log(token);
      console.error(cliText('vi').tokenExpires({ date: formatDate(expiresAt) }));
      return 0;
    }
    throw new UserError(cliErrors.usersUsage());
  });
}
