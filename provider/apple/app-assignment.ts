import type { ResourceInstance } from '../core/document';
import type { Artifact } from './artifact';
import { readAssignment } from './app-assignment-inputs';
import { compileAppManaged } from './app-managed';
import { CompileContext, identifierOf, resolveScope, sourceOf, targetProfile } from './compile-context';
import { compileInstallApplication } from './install-application';

/**
 * applemdm_app_assignment → the InstallApplication command (MDM channel) and the app.managed declaration (DDM). Both
 * carry the assignment's identifier; which one reaches a device is the backend's choice. Intent uninstall compiles to
 * nothing: removal is what happens when the install artifacts are withdrawn.
 */
export function compileAppAssignment(ctx: CompileContext, resource: ResourceInstance): Artifact[] {
  const inputs = readAssignment(ctx, resource);
  const scope = resolveScope(ctx, resource);
  if (!inputs) return [];
  if (inputs.intent === 'uninstall') {
    ctx.diagnostics.add({
      severity: 'info',
      summary: 'Uninstall compiles to no install artifacts',
      detail: `${resource.address} has intent uninstall: no InstallApplication command and no app.managed declaration are compiled; the app is removed from the scope by the backend (withdrawing its declaration, or RemoveApplication).`,
      path: [resource.address, 'intent'],
      source: sourceOf(resource, '/intent'),
      code: 'uninstall',
    });
    return [];
  }
  const identifier = identifierOf(ctx, resource);
  const target = targetProfile(ctx, inputs.platforms, scope.groups);
  const out: Artifact[] = [compileInstallApplication(ctx, inputs, identifier)];
  const declaration = compileAppManaged(ctx, inputs, identifier, target);
  if (declaration) out.push(declaration);
  return out;
}
