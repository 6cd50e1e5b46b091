/** A step into a value: an attribute or map key (string) or a list/set/tuple index (number). */
export type ValuePath = (string | number)[];

/** A value that does not fit its type, found while decoding or encoding. The path says where. */
export class CtyCodecError extends Error {
  constructor(
    readonly reason: string,
    readonly path: ValuePath,
  ) {
    super(path.length ? `${formatPath(path)}: ${reason}` : reason);
  }
}

export function formatPath(path: ValuePath): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}
