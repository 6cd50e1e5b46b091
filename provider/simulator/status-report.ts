import type { SimDeviceIdentity } from './device-identity';
import type { Evaluation } from './evaluate';

/**
 * A DDM status report as a device sends it (Apple's StatusReport): dotted item names nested as objects, device facts
 * so the server's registry learns platform/OS/model, management.declarations with the four arrays, and the
 * softwareupdate.* and app.managed.list items.
 */
export function buildStatusReport(device: SimDeviceIdentity, evaluation: Evaluation, fullReport: boolean): Record<string, unknown> {
  const softwareUpdate: Record<string, unknown> = { ...evaluation.softwareUpdate };
  if (isAtLeast(device, { iOS: 18, macOS: 15 })) {
    softwareUpdate['device-id'] = device.modelIdentifier;
    softwareUpdate['beta-enrollment'] = '';
  }
  return {
    StatusItems: {
      device: {
        identifier: { 'serial-number': device.serialNumber, udid: device.enrollmentId },
        model: { family: device.modelFamily, identifier: device.modelIdentifier, 'marketing-name': device.marketingName },
        'operating-system': { family: device.platform, version: device.osVersion, 'build-version': device.osBuild },
      },
      management: { declarations: evaluation.declarations },
      softwareupdate: softwareUpdate,
      ...(device.platform === 'iOS' ? { app: { managed: { list: evaluation.apps } } } : {}),
    },
    Errors: [],
    FullReport: fullReport,
  };
}

function isAtLeast(device: SimDeviceIdentity, majors: Record<string, number>): boolean {
  const major = Number.parseInt(device.osVersion.split('.')[0] ?? '0', 10);
  return major >= (majors[device.platform] ?? Infinity);
}
