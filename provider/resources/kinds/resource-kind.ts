import type { Artifact } from '../../apple/artifact';
import type { CompileContext } from '../../apple/compile-context';
import type { ResourceInstance } from '../../core/document';
import type { ResourceRules } from '../rule-context';
import type { ResourceSchema } from '../schema-types';
import type { KindDecoder } from './import-types';

/**
 * Everything applemdm knows about one resource kind, in one module (`provider/resources/kinds/<kind>/`). The list in
 * `./index.ts` is the only place kinds are enumerated: the document's types, the YAML keys, validation, compilation,
 * the importer's decoders and writers and the Terraform provider's resources are all read from it, so a kind cannot be
 * half added (test/resources/kinds.test.ts fails when a kind misses a part).
 */
export interface ResourceKind {
  /** Terraform type and document type, `applemdm_<snake>`; its schema is schemas/resources/<type>.json. */
  type: string;
  /** Top-level key of a YAML resource file (plural snake_case), e.g. `software_updates`. */
  yamlKey: string;
  /** File stem of the kind's imported files (`<stem>.yaml`, `<stem>.ts`), e.g. `software-updates`. */
  fileStem: string;
  /**
   * The schema, for a kind registered at run time without a generated file; built-in kinds read theirs from
   * schemas/resources/ (written by `npm run gen:resources`).
   */
  schema?: ResourceSchema;
  /** Top-level attributes may be written under their Apple key names (x-apple-key) in YAML, and import writes them so. */
  appleKeyNames?: boolean;
  /** Semantic rules run after structural validation. */
  rules: Omit<ResourceRules, 'type'>;
  /**
   * The resource's artifacts. Device groups compile to none here: their activations are compiled once every
   * configuration is known (compile-document.ts).
   */
  compile(ctx: CompileContext, resource: ResourceInstance): Artifact[];
  /** Server objects → attributes, for `applemdm import` and the Terraform provider's reads. */
  decoder: KindDecoder;
  /** How `applemdm import --format ts` declares resources of this kind (CDKTF binding class and declaring function). */
  cdktf: CdktfWriter;
  /** Attributes the server does not store: a Terraform read keeps the state's values for them. */
  keptFromState: readonly string[];
}

export interface CdktfWriter {
  /** The generated binding class, e.g. `SoftwareUpdate`. */
  className: string;
  /** The function an imported file exports, e.g. `declareSoftwareUpdates`. */
  declare: string;
  /** Other kinds refer to this one through `<handle>.<name>.id` (device groups: `groups`, apps: `apps`). */
  handle?: string;
}
