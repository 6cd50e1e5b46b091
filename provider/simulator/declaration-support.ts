import {
  appleSchemaAnnotation,
  appleSchemaIndex,
  createAppleValidator,
  loadAppleSchema,
  supportOn,
  type AppleJsonSchema,
  type AppleKeyAnnotation,
  type AppleValidateFunction,
} from '../apple/schema';
import type { SimDeviceIdentity } from './device-identity';

/**
 * Whether a device of a given platform, OS version and supervision can apply a declaration, judged like a device from
 * Apple's schema facts (schemas/apple): the type must exist there and be supported on the platform/OS/enrollment,
 * every payload key must be known, supported there and allowed without supervision where the device is unsupervised,
 * and the values must match the schema. Reason codes are Apple's (declarationbase.yaml).
 */
export interface Reason {
  code: string;
  description?: string;
  details?: Record<string, unknown>;
}

export interface SupportVerdict {
  valid: 'valid' | 'invalid';
  reasons: Reason[];
}

export interface DeclarationForCheck {
  Type: string;
  Identifier: string;
  ServerToken: string;
  Payload: Record<string, unknown>;
}

const validators = new Map<string, AppleValidateFunction>();

function knownDeclarationTypes(): Set<string> {
  return new Set(appleSchemaIndex().schemas.filter((s) => s.kind === 'declaration').map((s) => s.name));
}

export function checkDeclaration(decl: DeclarationForCheck, device: SimDeviceIdentity): SupportVerdict {
  const ids = { Identifier: decl.Identifier, ServerToken: decl.ServerToken };
  if (!knownDeclarationTypes().has(decl.Type)) {
    // Management declarations only carry data; a device accepts the ones it does not act on.
    if (decl.Type.startsWith('com.apple.management.')) return { valid: 'valid', reasons: [] };
    return invalid('Error.ConfigurationNotSupported', { ...ids, Reason: `unknown declaration type ${decl.Type}` });
  }
  const annotation = appleSchemaAnnotation(decl.Type);
  const typeSupport = supportOn({ platforms: annotation.platforms }, device.platform, device.osVersion);
  if (!typeSupport.supported) {
    return invalid('Error.ConfigurationNotSupported', { ...ids, Reason: `${decl.Type}: ${typeSupport.reason}` });
  }
  const enrollment = device.supervised ? 'supervised' : 'device';
  const allowed = annotation.platforms[device.platform]?.allowedEnrollments;
  if ((allowed && !allowed.includes(enrollment)) || (typeSupport.supervisedOnly && !device.supervised)) {
    return invalid('Error.ConfigurationNotSupported', { ...ids, Reason: `${decl.Type} requires a supervised device` });
  }

  const keys: KeyFindings = { unknown: [], unsupported: [], supervised: [] };
  const payloadSchema = loadAppleSchema(decl.Type).properties?.Payload;
  if (payloadSchema) walk(payloadSchema, decl.Payload, '', device, keys);
  const reasons: Reason[] = [];
  if (keys.unknown.length) reasons.push({ code: 'Error.UnknownPayloadKeys', details: { UnknownPayloadKeys: keys.unknown } });
  if (keys.unsupported.length) {
    reasons.push({ code: 'Error.ConfigurationNotSupported', details: { ...ids, UnsupportedPayloadKeys: keys.unsupported } });
  }
  if (keys.supervised.length) {
    reasons.push({ code: 'Error.ConfigurationCannotBeApplied', details: { ...ids, SupervisedOnlyPayloadKeys: keys.supervised } });
  }
  if (!reasons.length) {
    let validate = validators.get(decl.Type);
    if (!validate) validators.set(decl.Type, (validate = createAppleValidator(decl.Type)));
    if (!validate(decl)) {
      const errors = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim());
      reasons.push({ code: 'Error.ConfigurationCannotBeDeserialized', details: { ...ids, Errors: errors } });
    }
  }
  return { valid: reasons.length ? 'invalid' : 'valid', reasons };
}

interface KeyFindings {
  unknown: string[];
  unsupported: string[];
  supervised: string[];
}

function walk(node: AppleJsonSchema, value: unknown, path: string, device: SimDeviceIdentity, out: KeyFindings): void {
  if (Array.isArray(value)) {
    if (node.items) value.forEach((item) => walk(node.items!, item, path, device, out));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const keyPath = path ? `${path}.${key}` : key;
    const prop = node.properties && Object.prototype.hasOwnProperty.call(node.properties, key) ? node.properties[key] : undefined;
    if (!prop) {
      // A dictionary with free-form keys (Apple's `ANY`) has additionalProperties; a fixed one does not.
      if (node.additionalProperties === false) out.unknown.push(keyPath);
      else if (typeof node.additionalProperties === 'object') walk(node.additionalProperties, child, keyPath, device, out);
      continue;
    }
    const annotation = prop['x-apple'] as AppleKeyAnnotation | undefined;
    if (annotation?.platforms) {
      const support = supportOn({ platforms: annotation.platforms }, device.platform, device.osVersion);
      if (!support.supported) {
        out.unsupported.push(keyPath);
        continue;
      }
      if (support.supervisedOnly && !device.supervised) {
        out.supervised.push(keyPath); // its subkeys inherit the restriction; report the key once
        continue;
      }
    }
    walk(prop, child, keyPath, device, out);
  }
}

function invalid(code: string, details: Record<string, unknown>): SupportVerdict {
  return { valid: 'invalid', reasons: [{ code, details }] };
}
