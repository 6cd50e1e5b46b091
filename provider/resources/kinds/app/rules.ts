import type { ResourceInstance } from '../../../core/document';
import type { AppAttributes } from '../../generated';
import { isHttpsUrl } from '../../_common-url';
import { attributesOf, located, type ResourceRules, type RuleContext } from '../../rule-context';

/**
 * applemdm_app. An app is identified either by the App Store (adam_id) or by an in-house manifest (manifest_url),
 * never both; licences (Apps and Books) exist only for App Store apps.
 */
export const appRules: ResourceRules = {
  type: 'applemdm_app',
  checkResource(app: ResourceInstance, ctx: RuleContext): void {
    const a = attributesOf<AppAttributes>(app);
    if (a.adam_id !== undefined && a.manifest_url !== undefined) {
      ctx.error(app, '/manifest_url', 'Two app identities', 'Give adam_id for an App Store app or manifest_url for an in-house app, not both.', 'app-identity');
    } else if (a.adam_id === undefined && a.manifest_url === undefined) {
      ctx.error(app, '', 'Missing app identity', 'Give adam_id (App Store app) or manifest_url (in-house app).', 'app-identity');
    }
    const license = a.license ?? 'none';
    if (license !== 'none' && a.adam_id === undefined) {
      ctx.error(
        app,
        '/license',
        'Licence needs an App Store app',
        `license is "${license}", but Apps and Books licences exist only for App Store apps; give adam_id, or set license: none.`,
        'license-needs-adam-id',
      );
    }
    if (a.manifest_url !== undefined && !isHttpsUrl(a.manifest_url)) {
      ctx.error(app, '/manifest_url', 'Manifest URL must use HTTPS', `manifest_url is "${a.manifest_url}"; devices only install manifests served over https://.`, 'https-required');
    }
  },
  checkDocument(ctx: RuleContext): void {
    // Two resources managing one app would fight over its install settings on every device.
    for (const field of ['bundle_id', 'adam_id'] as const) {
      const first = new Map<string, ResourceInstance>();
      for (const app of ctx.valid('applemdm_app')) {
        const value = attributesOf<AppAttributes>(app)[field];
        if (value === undefined) continue;
        const earlier = first.get(value);
        if (!earlier) first.set(value, app);
        else {
          ctx.error(
            app,
            `/${field}`,
            'Duplicate app',
            `${field} ${value} is also used by ${located(earlier)}; declare each app once and assign it as often as needed.`,
            'duplicate-identifier',
          );
        }
      }
    }
  },
};
