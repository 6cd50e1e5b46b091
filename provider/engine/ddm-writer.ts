import type { Backend } from '../backends/contract';
import type { PlanWriter } from './apply';
import type { DdmOperation } from './plan';

/** Executes DDM operations on a KMFDDM-compatible backend (the embedded server included). */
export function ddmWriter(backend: Backend): PlanWriter<DdmOperation> {
  return {
    async execute(op) {
      switch (op.op) {
        case 'put-asset':
          return (await backend.putAsset(op.name, Buffer.from(op.bytesBase64, 'base64'), op.contentType)).result;
        case 'delete-asset':
          return backend.deleteAsset(op.name);
        case 'put-declaration':
          return backend.putDeclaration(op.declaration);
        case 'delete-declaration':
          return backend.deleteDeclaration(op.identifier);
        case 'add-set-declaration':
          return backend.addSetDeclaration(op.set, op.identifier);
        case 'remove-set-declaration':
          return backend.removeSetDeclaration(op.set, op.identifier);
        case 'add-enrollment-set':
          return backend.addEnrollmentSet(op.enrollmentId, op.set);
        case 'remove-enrollment-set':
          return backend.removeEnrollmentSet(op.enrollmentId, op.set);
        default:
          throw new Error(`applemdm bug: ${(op as { op: string }).op} is not a DDM operation`);
      }
    },
    notify: (set) => backend.notify({ sets: [set] }),
  };
}
