/**
 * `rse hub-operators …`: the hub operator's accounts of the web area at /hub/operator (ADR 0020), on
 * the hub's own database (the first one needs no web login, so it is made here):
 *   rse hub-operators create <name>          prints a one-time password (chosen anew at the first login)
 *   rse hub-operators reset-password <name>  a new one-time password; the account's sessions end
 *   rse hub-operators deactivate <name>
 *   rse hub-operators list
 * Each is kept in hub_operator_events with the system account that ran it.
 */
import type { Config } from '#platform/config.ts';
import { createLogger } from '#platform/logger.ts';
import { OperatorError } from '#hub/index.ts';
import { operatorName, withHub } from './institutions.ts';

type Out = { out(line: string): void; err(line: string): void };

const USAGE = 'Usage: rse hub-operators create <name> | reset-password <name> | deactivate <name> | list';

export async function hubOperatorsCommand(config: Config, argv: readonly string[], io: Out): Promise<number> {
  const [action, name] = argv;
  if (!action || !['create', 'reset-password', 'deactivate', 'list'].includes(action) || (action !== 'list' && !name)) {
    io.err(USAGE);
    return 2;
  }
  const by = operatorName();
  return withHub(config, createLogger({ level: 'warn' }), async (hub) => {
    try {
      switch (action) {
        case 'create':
        case 'reset-password': {
          const created = action === 'create' ? await hub.operators.create(name!, by) : await hub.operators.resetPassword(name!, by);
          io.out(`Hub operator ${created.name}: one-time password ${created.oneTimePassword}`);
          io.out(`Log in at ${config.publicUrl}/hub/operator/ and choose a password of your own.`);
          return 0;
        }
        case 'deactivate':
          await hub.operators.deactivate(name!, by);
          io.out(`Hub operator ${name} deactivated; their sessions ended.`);
          return 0;
        default:
          for (const row of await hub.operators.list())
            io.out(`${row.name.padEnd(24)} ${row.is_active ? (row.must_change_password ? 'one-time password' : 'active') : 'DEACTIVATED'}`);
          return 0;
      }
    } catch (error) {
      if (error instanceof OperatorError) {
        io.err(`${error.code}: ${error.message}`);
        return 1;
      }
      throw error;
    }
  });
}
