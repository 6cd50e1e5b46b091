/** Keys that could reach an object's prototype chain if ever assigned with `obj[key] = …`; refused in every input. */
export const FORBIDDEN_KEY_NAMES: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
