import type { DeclarationRecord } from '../backends/contract';
import { isLockDeclaration } from './lock/declaration-lock';
import { isPendingNotifyDeclaration } from './notify/pending-notify';

/**
 * Declarations applemdm keeps on the server for itself, never configuration: the apply lock (servers without a lock
 * API) and the record of notifications still owed. Never diffed, fingerprinted, pruned, imported or reported on.
 */
export function isBookkeepingDeclaration(d: Pick<DeclarationRecord, 'Type' | 'Payload'>): boolean {
  return isLockDeclaration(d) || isPendingNotifyDeclaration(d);
}
