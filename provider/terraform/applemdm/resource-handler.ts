import { compileDocument } from '../../apple/compile-document';
import { desiredServerState } from '../../apple/ddm-state';
import { NO_SOURCE, type Diagnostic } from '../../core/diagnostics';
import type { ResourceType } from '../../core/document';
import { checkBackendCapabilities } from '../../engine/capability-check';
import { resolveSerialNumbers } from '../../engine/resolve-serials';
import { validateDocument } from '../../resources/validate';
import { isUnknown, isWhollyKnown, type ObjectValue } from '../cty/values';
import type { ValuePath } from '../cty/wire-path';
import { HandlerDiagnosticsError, type ApplyOutcome, type PlanOutcome, type ResourceHandler } from '../framework/handler';
import type { SchemaEntry } from '../schema/schema-document';
import type { ApplemdmClient } from './client';
import { resourceDiagnostics } from './diagnostic-paths';
import { assignmentsOf, rewriteAssignments } from './app-assignments';
import { asDiagnostics } from './errors';
import { miniDocument, resourceId } from './mini-document';
import { importResource, readResource } from './read-resource';
import { writeResource, type WriteRequest } from './write-resource';

/**
 * The Terraform side of one applemdm resource type. Every method maps values and hands them to the native engine's
 * code: validation and compilation (validateDocument, compileDocument, desiredServerState, the capability check) at
 * plan time, the engine's plan and apply of the resource's objects at apply time, the importer's decoders for read and
 * import. There is no second mapping of anything here.
 *
 * The resource's id is its identifier (<prefix>.<stack>.<kind>.<name>, or `identifier` when set): the declaration or
 * set name, known at plan time, so references between resources are known too.
 */
const NAME = /^[a-z][a-z0-9_]{0,63}$/;

export function applemdmResource(type: ResourceType, entry: SchemaEntry, assignmentBlock?: SchemaEntry['block']): ResourceHandler<ApplemdmClient> {
  const block = entry.block;
  const hasIdentifier = block.attributes?.identifier !== undefined;

  return {
    validate(config) {
      const name = config.name;
      if (name === null || name === undefined) {
        return [problem('Missing name', `Set name (e.g. name = "staff"): applemdm names the ${type}'s server objects <identifier_prefix>.<stack>.<kind>.<name>, and Terraform does not tell providers a resource's name. Use the resource's own name to get the objects \`applemdm apply\` would create. CDKTF constructs set it for you.`, ['name'])];
      }
      if (typeof name === 'string' && !NAME.test(name)) {
        return [problem('Invalid name', `name "${name}" must be lower-case letters, digits and underscores, starting with a letter (at most 64).`, ['name'])];
      }
      return [];
    },

    async plan(prior, proposed, config, ctx): Promise<PlanOutcome> {
      const { planned, requiresReplace } = ctx.defaultPlan;
      if (proposed === null || planned === null || !ctx.client) return { planned, requiresReplace };
      const client = ctx.client;
      const out: PlanOutcome = { planned: { ...planned }, requiresReplace: [...requiresReplace] };
      const name = proposed.name;
      const identifier = hasIdentifier ? proposed.identifier : null;
      if (typeof name !== 'string' || isUnknown(identifier)) return out;
      const id = resourceId(client, type, name, identifier);
      out.planned!.id = id;
      // A new id names other server objects, so the resource is replaced. A changed identifier says so by its own
      // rule (x-requiresReplace); otherwise the name changed the id. A name alone (identifier set) changes nothing.
      if (prior && typeof prior.id === 'string' && prior.id !== id && (!hasIdentifier || prior.identifier === identifier)) {
        out.requiresReplace = [...(out.requiresReplace ?? []), ['name']];
      }
      if (config && isWhollyKnown(proposed)) out.diagnostics = await guard(() => checkResource(client, type, out.planned!, block));
      return out;
    },

    async apply(prior, planned, ctx): Promise<ApplyOutcome> {
      const client = ctx.client;
      if (!client) return { diagnostics: [problem('Provider not configured', 'The applemdm provider block has values that were not known when applying; applemdm needs its stack, identifier_prefix and targets.', [])] };
      return guardApply(prior, async () => {
        if (planned === null) {
          const diagnostics = await writeResource(client, { type, address: addressOf(type, prior!), document: client.document([]), scopeSets: [], ...groupOf(type, prior!, prior, null) });
          return { newState: hasErrors(diagnostics) ? prior : null, diagnostics };
        }
        const state: ObjectValue = { ...planned, id: resourceId(client, type, String(planned.name), hasIdentifier ? planned.identifier : null) };
        const mini = await miniDocument(client, type, state);
        if (mini.missingApp) {
          return { newState: prior, diagnostics: [problem('App not on the server', `The app ${mini.missingApp} has no record on the server yet. Refer to it as applemdm_app.<name>.id, so Terraform applies the app first.`, ['app'])] };
        }
        if (mini.diagnostics.hasError()) return { newState: prior, diagnostics: resourceDiagnostics(mini.diagnostics, mini.resource.address, block) };
        const followers = type === 'applemdm_app' && prior && assignmentBlock ? await assignmentsOf(client, await client.backend(), String(state.id)) : [];
        const written = await writeResource(client, { type, address: mini.resource.address, document: mini.document, scopeSets: mini.scopeSets, ...groupOf(type, state, prior, state) });
        const diagnostics = resourceDiagnostics(written, mini.resource.address, block);
        if (!hasErrors(diagnostics) && followers.length) diagnostics.push(...(await rewriteAssignments(client, String(state.id), followers, assignmentBlock!)));
        return { newState: hasErrors(written) ? prior : state, diagnostics };
      });
    },

    async read(state, ctx) {
      if (!ctx.client || typeof state.name !== 'string' || typeof state.id !== 'string') return state;
      const client = ctx.client;
      const result = await guard(async () => {
        const r = await readResource(client, type, state, block);
        if (r.diagnostics.length) throw new HandlerDiagnosticsError(r.diagnostics);
        return [r.state];
      });
      return result[0] as ObjectValue | null;
    },

    async import(id, ctx) {
      if (!ctx.client) throw new HandlerDiagnosticsError([problem('Provider not configured', 'Import needs the applemdm provider block (stack, identifier_prefix, targets, server).', [])]);
      const client = ctx.client;
      const decoded = await guard(async () => [await importResource(client, type, id, block)]);
      const d = decoded[0];
      if ('missing' in d) throw new HandlerDiagnosticsError([problem('Nothing to import', `The server holds no ${type} named ${id} (import takes the resource's id: its declaration identifier, or a group's set name).`, [])]);
      if ('reason' in d) throw new HandlerDiagnosticsError([problem('Cannot import', `${id} cannot be imported as ${type}: ${d.reason}`, [])]);
      return [d.state];
    },
  };
}

/** Plan-time checks of the resource as the engine makes them, with paths inside the resource. */
async function checkResource(client: ApplemdmClient, type: ResourceType, planned: ObjectValue, block: SchemaEntry['block']): Promise<Diagnostic[]> {
  const backend = await client.backend();
  const mini = await miniDocument(client, type, planned, backend);
  const address = mini.resource.address;
  // An app applied in the same run has no record yet: its assignment is checked when it is applied.
  if (mini.missingApp || mini.diagnostics.hasError()) return resourceDiagnostics(mini.diagnostics, address, block);
  const all = validateDocument(mini.document);
  if (!all.hasError()) {
    const target = await client.server();
    const compiled = compileDocument(mini.document, { now: client.now(), assetsBaseUrl: target.assetsBaseUrl, ...(client.catalog ? { catalog: client.catalog } : {}) });
    all.appendLayer(compiled.diagnostics);
    all.append(checkBackendCapabilities(mini.document, compiled.diagnostics, await backend.info(), backend.capabilities));
    if (!all.hasError()) {
      const state = desiredServerState(mini.document, compiled.artifacts);
      all.append(state.diagnostics);
      // Static members by serial number: the server's registry says which are enrolled yet.
      if (type === 'applemdm_device_group') all.append((await resolveSerialNumbers(backend, state.unresolvedSerialNumbers, mini.document)).diagnostics);
    }
  }
  // Another resource's warnings (the app's) belong to its own plan; its errors stop this one and are shown.
  const own = [...all].filter((d) => d.severity !== 'info' && (d.severity === 'error' || d.path[0] === address || typeof d.path[0] !== 'string' || !d.path[0].startsWith('applemdm_')));
  return resourceDiagnostics(own, address, block);
}

/** What a group's write needs besides its document (write-resource.ts). */
function groupOf(type: ResourceType, value: ObjectValue, prior: ObjectValue | null, planned: ObjectValue | null): Pick<WriteRequest, 'group'> {
  if (type !== 'applemdm_device_group') return {};
  const members = (v: ObjectValue | null) => (Array.isArray(v?.members) ? (v.members[0] as ObjectValue | undefined) : undefined);
  const ids = (m: ObjectValue | undefined) => [...(Array.isArray(m?.enrollment_ids) ? m.enrollment_ids : []), ...(Array.isArray(m?.udids) ? m.udids : [])].map(String);
  return {
    group: {
      set: String(value.id),
      ...(typeof value.activation_identifier === 'string' ? { activation: value.activation_identifier } : {}),
      members: { owned: members(prior) !== undefined || members(planned) !== undefined, priorIds: ids(members(prior)) },
    },
  };
}

function addressOf(type: ResourceType, value: ObjectValue): string {
  return `${type}.${String(value.name)}`;
}

function hasErrors(diagnostics: Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

function problem(summary: string, detail: string, path: ValuePath): Diagnostic {
  return { severity: 'error', summary, detail, path, source: NO_SOURCE };
}

/** Server and network failures become diagnostics (errors.ts); anything else is a bug the framework reports. */
async function guard<T>(work: () => Promise<T[]>): Promise<T[]> {
  try {
    return await work();
  } catch (err) {
    const diagnostics = asDiagnostics(err);
    if (diagnostics) throw new HandlerDiagnosticsError(diagnostics);
    throw err;
  }
}

async function guardApply(prior: ObjectValue | null, work: () => Promise<ApplyOutcome>): Promise<ApplyOutcome> {
  try {
    return await work();
  } catch (err) {
    const diagnostics = asDiagnostics(err);
    if (diagnostics) return { newState: prior, diagnostics };
    throw err;
  }
}
