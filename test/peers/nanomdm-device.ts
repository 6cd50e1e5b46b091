import * as fs from 'node:fs';
import * as path from 'node:path';
import * as plist from 'plist';
import { FIXTURES, NANOMDM_CERT_HEADER } from './peers';

/**
 * A device on NanoMDM's MDM channel, just enough to see what KMFDDM's notification produced: it enrolls
 * (Authenticate + TokenUpdate check-ins) and polls the command queue with Idle. It presents the fixture identity
 * certificate through NanoMDM's -cert-header, so NanoMDM's certificate checks run as in production.
 */
const CHECKIN_TYPE = 'application/x-apple-aspen-mdm-checkin';
const TOPIC = 'com.apple.mgmt.External.applemdm-test';

export interface MdmCommand {
  CommandUUID: string;
  Command: { RequestType: string; Data?: Buffer };
}

export class NanomdmDevice {
  private readonly cert = encodeURIComponent(fs.readFileSync(path.join(FIXTURES, 'nanomdm-device-identity.pem'), 'utf8'));

  constructor(
    private readonly nanomdmUrl: string,
    readonly udid: string,
  ) {}

  async enroll(): Promise<void> {
    await this.put({ MessageType: 'Authenticate', Topic: TOPIC, UDID: this.udid, SerialNumber: `SN-${this.udid}` }, true);
    await this.put(
      { MessageType: 'TokenUpdate', Topic: TOPIC, UDID: this.udid, Token: Buffer.from('applemdm-test-push-token'), PushMagic: 'magic' },
      true,
    );
  }

  /** The next queued command, or undefined when the queue is empty. */
  async idle(): Promise<MdmCommand | undefined> {
    const body = await this.put({ Status: 'Idle', UDID: this.udid }, false);
    return body.length ? (plist.parse(body) as unknown as MdmCommand) : undefined;
  }

  async acknowledge(commandUuid: string): Promise<MdmCommand | undefined> {
    const body = await this.put({ Status: 'Acknowledged', UDID: this.udid, CommandUUID: commandUuid }, false);
    return body.length ? (plist.parse(body) as unknown as MdmCommand) : undefined;
  }

  private async put(message: plist.PlistObject, checkin: boolean): Promise<string> {
    const res = await fetch(new URL('mdm', this.nanomdmUrl), {
      method: 'PUT',
      headers: { [NANOMDM_CERT_HEADER]: this.cert, ...(checkin ? { 'content-type': CHECKIN_TYPE } : {}) },
      body: plist.build(message),
    });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`NanoMDM answered ${res.status} to ${String(message.MessageType ?? message.Status)}: ${text}`);
    return text;
  }
}
