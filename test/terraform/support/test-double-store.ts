import * as fs from 'node:fs';
import { decodeJson, encodeJson } from '../../../provider/terraform/cty/json-codec';
import { CtyType } from '../../../provider/terraform/cty/types';
import { ObjectValue } from '../../../provider/terraform/cty/values';

/**
 * TEST DOUBLE, not a backend: a key-value store standing in for an MDM server so the plugin framework can be driven
 * end to end. Objects are kept by type and id, as JSON, in a file when one is given (Terraform starts a new plugin
 * process per command, so state must outlive the process) or in memory.
 */
interface StoreData {
  counter: number;
  objects: Record<string, Record<string, string>>;
}

export class TestDoubleStore {
  private memory: StoreData = { counter: 0, objects: {} };

  constructor(private readonly file?: string) {}

  get(typeName: string, id: string, type: CtyType): ObjectValue | undefined {
    const text = this.load().objects[typeName]?.[id];
    return text === undefined ? undefined : (decodeJson(text, type) as ObjectValue);
  }

  put(typeName: string, id: string, state: ObjectValue, type: CtyType): void {
    this.update((d) => {
      (d.objects[typeName] ??= {})[id] = encodeJson(state, type);
    });
  }

  delete(typeName: string, id: string): boolean {
    let existed = false;
    this.update((d) => {
      existed = d.objects[typeName]?.[id] !== undefined;
      if (existed) delete d.objects[typeName]?.[id];
    });
    return existed;
  }

  ids(typeName: string): string[] {
    return Object.keys(this.load().objects[typeName] ?? {}).sort();
  }

  nextId(typeName: string): string {
    let n = 0;
    this.update((d) => {
      n = ++d.counter;
    });
    return `${typeName}-${n}`;
  }

  private load(): StoreData {
    if (!this.file) return this.memory;
    if (!fs.existsSync(this.file)) return { counter: 0, objects: {} };
    return JSON.parse(fs.readFileSync(this.file, 'utf8')) as StoreData;
  }

  private update(fn: (d: StoreData) => void): void {
    const d = this.load();
    fn(d);
    if (this.file) fs.writeFileSync(this.file, JSON.stringify(d, null, 2));
    else this.memory = d;
  }
}
