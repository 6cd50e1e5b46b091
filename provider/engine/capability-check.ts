import type { BackendCapabilities, BackendInfo } from '../backends/contract';
import { Diagnostic, Diagnostics } from '../core/diagnostics';
import type { DesiredDocument } from '../core/document';

/**
 * Architecture rule 9: a setting the target backend cannot express is a plan-time error naming the backend and the
 * setting. The compiler reports what DDM cannot carry as warnings (code "ddm-capability": compile output is still
 * useful for other delivery paths); a backend that delivers apps only through DDM declarations turns each into an error.
 */
export function checkBackendCapabilities(
  doc: DesiredDocument,
  compileDiagnostics: Iterable<Diagnostic>,
  info: BackendInfo,
  capabilities: BackendCapabilities,
): Diagnostics {
  const out = new Diagnostics();
  for (const d of compileDiagnostics) {
    if (d.code !== 'ddm-capability' || d.severity !== 'warning') continue;
    out.add({
      ...d,
      severity: 'error',
      summary: `Not expressible on the ${info.kind} backend: ${d.summary}`,
      detail: `${d.detail} The ${info.kind} backend (${info.url}) delivers apps only through DDM declarations, so this setting would be dropped; applemdm refuses to drop settings silently.`,
      code: 'backend-capability',
    });
  }
  if (!capabilities.uninstallIntent) {
    for (const r of doc.resources) {
      if (r.type === 'applemdm_app_assignment' && r.attributes.intent === 'uninstall') {
        out.error(
          `Not expressible on the ${info.kind} backend: intent uninstall`,
          `${r.address} has intent uninstall, but the ${info.kind} backend can only remove an app by removing the app.managed declaration that installed it. Delete the assignment (with --prune) instead.`,
          [r.address, 'intent'],
          r.attributeSources?.['/intent'] ?? r.source,
          'backend-capability',
        );
      }
    }
  }
  return out;
}
