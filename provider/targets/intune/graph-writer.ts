import type { GraphWriter } from '../../backends/intune/graph-writes';
import type { PlanWriter } from '../../engine/apply';
import type { GraphOperation } from './graph-operations';

/** Executes Graph operations through the intune backend. Intune tells devices itself: no notify. */
export function graphPlanWriter(backend: GraphWriter): PlanWriter<GraphOperation> {
  return {
    async execute(op) {
      switch (op.op) {
        case 'graph-assign-app':
          return backend.assignApp(op.write);
        case 'graph-put-configuration':
          return backend.putConfiguration(op.write);
        case 'graph-delete-configuration':
          return backend.deleteConfiguration(op.target);
        default:
          throw new Error(`applemdm bug: ${(op as { op: string }).op} is not a Graph operation`);
      }
    },
  };
}
