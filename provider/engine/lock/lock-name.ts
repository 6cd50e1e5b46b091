/**
 * The apply lock is per stack: two stacks own disjoint objects and may apply side by side, two applies of one stack
 * may not. Its name is also the Identifier of the lock declaration used on servers without a lock API. Resource
 * objects are named `<prefix>.<stack>.<kind>.<name>`, so `<prefix>.<stack>.lock` can never be one of them.
 */
export function applyLockName(stackPrefix: string): string {
  return `${stackPrefix}.lock`;
}
