import { seededHex, seededInt, seededString } from './seeded-random';

/** A simulated device: everything it reports about itself, fixed by (seed, index). */
export type SimPlatform = 'iOS' | 'macOS';

export interface SimDeviceIdentity {
  /** The UDID, used as the enrollment ID (as NanoMDM does for device enrollments). */
  enrollmentId: string;
  serialNumber: string;
  platform: SimPlatform;
  osVersion: string;
  osBuild: string;
  modelIdentifier: string;
  modelFamily: string;
  marketingName: string;
  supervised: boolean;
}

export interface FleetSpec {
  count: number;
  platform: SimPlatform;
  osVersion: string;
  supervised: boolean;
  seed: string;
}

// Apple's 10-character serials avoid vowels-like confusables; this alphabet is close enough for a simulator.
const SERIAL_ALPHABET = '0123456789BCDFGHJKLMNPQRTVWXYZ';

const MODELS: Record<SimPlatform, { identifier: string; family: string; name: string }[]> = {
  iOS: [
    { identifier: 'iPhone15,2', family: 'iPhone', name: 'iPhone 14 Pro' },
    { identifier: 'iPhone16,1', family: 'iPhone', name: 'iPhone 15 Pro' },
    { identifier: 'iPhone17,3', family: 'iPhone', name: 'iPhone 16' },
    { identifier: 'iPad14,3', family: 'iPad', name: 'iPad Pro (11-inch) (4th generation)' },
  ],
  macOS: [
    { identifier: 'Mac14,2', family: 'Mac', name: 'MacBook Air (M2, 2022)' },
    { identifier: 'Mac15,3', family: 'Mac', name: 'MacBook Pro (14-inch, Nov 2023)' },
    { identifier: 'Mac16,10', family: 'Mac', name: 'Mac mini (2024)' },
  ],
};

/** A plausible build number for a version ("18.1" → "22B…"); only its stability matters. */
function buildFor(platform: SimPlatform, osVersion: string, seed: string): string {
  const [major = 0, minor = 0] = osVersion.split('.').map((p) => Number.parseInt(p, 10) || 0);
  const train = platform === 'iOS' ? major + 4 : major + 9;
  const letter = String.fromCharCode(65 + Math.min(minor, 25));
  return `${train}${letter}${100 + seededInt(seed, `build:${platform}:${osVersion}`, 800)}`;
}

export function makeFleet(spec: FleetSpec): SimDeviceIdentity[] {
  const devices: SimDeviceIdentity[] = [];
  for (let i = 0; i < spec.count; i++) {
    const label = `${spec.platform}:${i}`;
    const model = MODELS[spec.platform][seededInt(spec.seed, `model:${label}`, MODELS[spec.platform].length)]!;
    const enrollmentId =
      spec.platform === 'iOS'
        ? `00008${seededHex(spec.seed, `chip:${label}`, 3)}-${seededHex(spec.seed, `ecid:${label}`, 16)}`
        : [8, 4, 4, 4, 12].map((n, k) => seededHex(spec.seed, `udid:${label}:${k}`, n)).join('-');
    devices.push({
      enrollmentId,
      serialNumber: seededString(spec.seed, `serial:${label}`, 10, SERIAL_ALPHABET),
      platform: spec.platform,
      osVersion: spec.osVersion,
      osBuild: buildFor(spec.platform, spec.osVersion, spec.seed),
      modelIdentifier: model.identifier,
      modelFamily: model.family,
      marketingName: model.name,
      supervised: spec.supervised,
    });
  }
  return devices;
}
