import { ACTIVATION_SIMPLE } from '../../apple/activation';
import { NO_SOURCE } from '../../core/diagnostics';
import { readStackObjects } from '../../engine/read-stack-objects';
import type { ObjectValue } from '../cty/values';
import { HandlerDiagnosticsError, type DataSourceHandler } from '../framework/handler';
import type { ApplemdmClient } from './client';
import { asDiagnostics } from './errors';
import { resourceId } from './mini-document';

/**
 * data "applemdm_device_group": a group of this stack (or a set named otherwise) as the server holds it: its id (the
 * set name scope.groups takes), the enrollments assigned to it, and the declarations it delivers.
 */
export function deviceGroupDataSource(): DataSourceHandler<ApplemdmClient> {
  return {
    async read(config, ctx): Promise<ObjectValue> {
      const client = ctx.client;
      if (!client) throw new HandlerDiagnosticsError([{ severity: 'error', summary: 'Provider not configured', detail: 'Reading a device group needs the applemdm provider block.', path: [], source: NO_SOURCE }]);
      const id = resourceId(client, 'applemdm_device_group', String(config.name), config.identifier);
      try {
        const backend = await client.backend();
        const snapshot = await readStackObjects(backend, client.stackPrefix, [id]);
        const members = snapshot.sets[id] ?? [];
        const types = new Map(snapshot.declarations.map((d) => [d.Identifier, d.Type]));
        const configurations: string[] = [];
        for (const m of members) {
          const type = types.get(m) ?? (backend.getDeclaration ? (await backend.getDeclaration(m))?.Type : undefined);
          if (type !== ACTIVATION_SIMPLE) configurations.push(m);
        }
        const enrollments = Object.entries(snapshot.enrollmentSets).filter(([, sets]) => sets.includes(id)).map(([e]) => e);
        return { ...config, id, enrollment_ids: enrollments.sort(), configurations: configurations.sort() };
      } catch (err) {
        const diagnostics = asDiagnostics(err);
        if (diagnostics) throw new HandlerDiagnosticsError(diagnostics);
        throw err;
      }
    },
  };
}
