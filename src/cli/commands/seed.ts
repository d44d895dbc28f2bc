import { UserError } from '../../core/errors.ts';
import { withPlatform } from '../context.ts';
import { cliErrors } from '../messages.ts';

export async function run(args: string[]): Promise<number> {
  const [which, ...rest] = args;
  if (which === 'demo') {
    const { seedDemo } = await import('../../seed/demo.ts');
    return withPlatform(async (store) => {
      const summary = await seedDemo(store);
      console.log(summary);
      return 0;
    });
  }
  if (which === 'national') {
    const { seedNational } = await import('../../seed/national.ts');
    return withPlatform(async (store) => {
      await seedNational(store, rest);
      return 0;
    });
  }
  throw new UserError(cliErrors.seedUsage(), 400);
}
