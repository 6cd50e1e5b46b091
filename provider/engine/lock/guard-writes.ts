import type { Backend } from '../../backends/contract';
import { LockLostError, type ApplyLock } from './apply-lock';

const WRITES = new Set<string | symbol>([
  'putDeclaration',
  'deleteDeclaration',
  'addSetDeclaration',
  'removeSetDeclaration',
  'addEnrollmentSet',
  'removeEnrollmentSet',
  'putAsset',
  'deleteAsset',
]);

/**
 * The backend as seen by an apply holding `lock`: every write first checks that the lock is still ours and fails
 * with LockLostError otherwise, so an apply that lost its lease (suspended past the expiry, or overtaken on a server
 * without a lock API) stops writing instead of interleaving with the new holder. Reads pass through.
 */
export function guardWrites(backend: Backend, lock: ApplyLock): Backend {
  return new Proxy(backend, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => unknown;
      if (!WRITES.has(property)) return method.bind(target);
      return (...args: unknown[]) => {
        const reason = lock.lost();
        if (reason) return Promise.reject(new LockLostError(lock.name, reason));
        return method.apply(target, args);
      };
    },
  });
}
