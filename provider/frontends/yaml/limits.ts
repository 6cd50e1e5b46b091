/**
 * Bounds on what the YAML front end reads. Configuration comes from pull requests, so every input is treated as
 * possibly hostile: these limits keep a bad file from exhausting memory or the stack before it is diagnosed.
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Deepest nesting of mappings/sequences; real configurations stay below 10. */
export const MAX_DEPTH = 64;
/** Alias (`*name`) uses per file; anchors are handy for shared scopes, alias bombs are not. */
export const MAX_ALIAS_COUNT = 100;
/** Nodes visited per file, counting alias expansions. */
export const MAX_NODES = 200_000;
/** Resource files per configuration directory. */
export const MAX_FILES = 1000;

export { FORBIDDEN_KEY_NAMES as FORBIDDEN_KEYS } from '../../resources/forbidden-keys';
