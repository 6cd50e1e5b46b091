// https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/software_update
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from '../../cdk';

// Configuration

export interface SoftwareUpdateConfig extends cdktf.TerraformMetaArguments {
  /**
  * Take ownership of the existing object named by identifier although another tool created it (its identifier is outside this stack's prefix). Without it such an identifier is an error, so nothing is adopted by accident. Removing an adopted resource from the configuration releases the object: it stays on the server, unmanaged.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/software_update#adopt SoftwareUpdate#adopt}
  */
  readonly adopt?: boolean | cdktf.IResolvable;
  /**
  * Let standard (non-admin) users install OS updates (macOS).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/software_update#allow_standard_user_os_updates SoftwareUpdate#allow_standard_user_os_updates}
  */
  readonly allowStandardUserOsUpdates?: boolean | cdktf.IResolvable;
  /**
  * Server identifier of the resource's object (declaration identifier, or set name for a device group), replacing the derived <identifier_prefix>.<stack>.<kind>.<name>. Used to take over an object that exists already; outside the stack's prefix it needs adopt: true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/software_update#identifier SoftwareUpdate#identifier}
  */
  readonly identifier?: string;
  /**
  * Also deliver the deferral as legacy restriction keys, for devices without declarative software update management. Those keys are deprecated in the 26 releases and removed in 27.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/software_update#legacy_profile SoftwareUpdate#legacy_profile}
  */
  readonly legacyProfile?: boolean | cdktf.IResolvable;
  /**
  * The resource's name in applemdm: its identifier is <identifier_prefix>.<stack>.<kind>.<name>, so the same name gives the same server objects as `applemdm apply`. Lower-case letters, digits and underscores. Required under Terraform and OpenTofu, which do not tell providers a resource's name; the CDKTF constructs set it to the construct's name. Changing it replaces the resource unless identifier is set.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/software_update#name SoftwareUpdate#name}
  */
  readonly name?: string;
  /**
  * Show update notifications before the deadline; when false only the last-hour notice and the restart countdown appear.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/software_update#notifications SoftwareUpdate#notifications}
  */
  readonly notifications?: boolean | cdktf.IResolvable;
  /**
  * The platform this policy applies to.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/software_update#platform SoftwareUpdate#platform}
  */
  readonly platform: string;
  /**
  * Which of several offered versions the user sees (iOS): All, Oldest or Newest.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/software_update#recommended_cadence SoftwareUpdate#recommended_cadence}
  */
  readonly recommendedCadence?: string;
  /**
  * automatic_actions block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/software_update#automatic_actions SoftwareUpdate#automatic_actions}
  */
  readonly automaticActions?: SoftwareUpdateAutomaticActions;
  /**
  * deferrals block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/software_update#deferrals SoftwareUpdate#deferrals}
  */
  readonly deferrals?: SoftwareUpdateDeferrals;
  /**
  * enforcement block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/software_update#enforcement SoftwareUpdate#enforcement}
  */
  readonly enforcement?: SoftwareUpdateEnforcement;
  /**
  * rapid_security_response block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/software_update#rapid_security_response SoftwareUpdate#rapid_security_response}
  */
  readonly rapidSecurityResponse?: SoftwareUpdateRapidSecurityResponse;
  /**
  * scope block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/software_update#scope SoftwareUpdate#scope}
  */
  readonly scope: SoftwareUpdateScope;
}
export interface SoftwareUpdateAutomaticActions {
  /**
  * Download updates automatically.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/software_update#download SoftwareUpdate#download}
  */
  readonly download?: string;
  /**
  * Install OS updates automatically.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/software_update#install_os_updates SoftwareUpdate#install_os_updates}
  */
  readonly installOsUpdates?: string;
  /**
  * Install security updates and system data files automatically (macOS).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/software_update#install_security_update SoftwareUpdate#install_security_update}
  */
  readonly installSecurityUpdate?: string;
}

export function softwareUpdateAutomaticActionsToTerraform(struct?: SoftwareUpdateAutomaticActionsOutputReference | SoftwareUpdateAutomaticActions): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    download: cdktf.stringToTerraform(struct!.download),
    install_os_updates: cdktf.stringToTerraform(struct!.installOsUpdates),
    install_security_update: cdktf.stringToTerraform(struct!.installSecurityUpdate),
  }
}


export function softwareUpdateAutomaticActionsToHclTerraform(struct?: SoftwareUpdateAutomaticActionsOutputReference | SoftwareUpdateAutomaticActions): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    download: {
      value: cdktf.stringToHclTerraform(struct!.download),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    install_os_updates: {
      value: cdktf.stringToHclTerraform(struct!.installOsUpdates),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    install_security_update: {
      value: cdktf.stringToHclTerraform(struct!.installSecurityUpdate),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class SoftwareUpdateAutomaticActionsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): SoftwareUpdateAutomaticActions | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._download !== undefined) {
      hasAnyValues = true;
      internalValueResult.download = this._download;
    }
    if (this._installOsUpdates !== undefined) {
      hasAnyValues = true;
      internalValueResult.installOsUpdates = this._installOsUpdates;
    }
    if (this._installSecurityUpdate !== undefined) {
      hasAnyValues = true;
      internalValueResult.installSecurityUpdate = this._installSecurityUpdate;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: SoftwareUpdateAutomaticActions | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._download = undefined;
      this._installOsUpdates = undefined;
      this._installSecurityUpdate = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._download = value.download;
      this._installOsUpdates = value.installOsUpdates;
      this._installSecurityUpdate = value.installSecurityUpdate;
    }
  }

  // download - computed: false, optional: true, required: false
  private _download?: string; 
  public get download() {
    return this.getStringAttribute('download');
  }
  public set download(value: string) {
    this._download = value;
  }
  public resetDownload() {
    this._download = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get downloadInput() {
    return this._download;
  }

  // install_os_updates - computed: false, optional: true, required: false
  private _installOsUpdates?: string; 
  public get installOsUpdates() {
    return this.getStringAttribute('install_os_updates');
  }
  public set installOsUpdates(value: string) {
    this._installOsUpdates = value;
  }
  public resetInstallOsUpdates() {
    this._installOsUpdates = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get installOsUpdatesInput() {
    return this._installOsUpdates;
  }

  // install_security_update - computed: false, optional: true, required: false
  private _installSecurityUpdate?: string; 
  public get installSecurityUpdate() {
    return this.getStringAttribute('install_security_update');
  }
  public set installSecurityUpdate(value: string) {
    this._installSecurityUpdate = value;
  }
  public resetInstallSecurityUpdate() {
    this._installSecurityUpdate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get installSecurityUpdateInput() {
    return this._installSecurityUpdate;
  }
}
export interface SoftwareUpdateDeferrals {
  /**
  * Days to defer major and minor updates together (iOS).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/software_update#combined_days SoftwareUpdate#combined_days}
  */
  readonly combinedDays?: number;
  /**
  * Days to defer major upgrades (macOS).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/software_update#major_days SoftwareUpdate#major_days}
  */
  readonly majorDays?: number;
  /**
  * Days to defer minor updates (macOS).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/software_update#minor_days SoftwareUpdate#minor_days}
  */
  readonly minorDays?: number;
  /**
  * Days to defer non-OS system updates (macOS).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/software_update#system_days SoftwareUpdate#system_days}
  */
  readonly systemDays?: number;
}

export function softwareUpdateDeferralsToTerraform(struct?: SoftwareUpdateDeferralsOutputReference | SoftwareUpdateDeferrals): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    combined_days: cdktf.numberToTerraform(struct!.combinedDays),
    major_days: cdktf.numberToTerraform(struct!.majorDays),
    minor_days: cdktf.numberToTerraform(struct!.minorDays),
    system_days: cdktf.numberToTerraform(struct!.systemDays),
  }
}


export function softwareUpdateDeferralsToHclTerraform(struct?: SoftwareUpdateDeferralsOutputReference | SoftwareUpdateDeferrals): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    combined_days: {
      value: cdktf.numberToHclTerraform(struct!.combinedDays),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    major_days: {
      value: cdktf.numberToHclTerraform(struct!.majorDays),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    minor_days: {
      value: cdktf.numberToHclTerraform(struct!.minorDays),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    system_days: {
      value: cdktf.numberToHclTerraform(struct!.systemDays),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class SoftwareUpdateDeferralsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): SoftwareUpdateDeferrals | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._combinedDays !== undefined) {
      hasAnyValues = true;
      internalValueResult.combinedDays = this._combinedDays;
    }
    if (this._majorDays !== undefined) {
      hasAnyValues = true;
      internalValueResult.majorDays = this._majorDays;
    }
    if (this._minorDays !== undefined) {
      hasAnyValues = true;
      internalValueResult.minorDays = this._minorDays;
    }
    if (this._systemDays !== undefined) {
      hasAnyValues = true;
      internalValueResult.systemDays = this._systemDays;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: SoftwareUpdateDeferrals | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._combinedDays = undefined;
      this._majorDays = undefined;
      this._minorDays = undefined;
      this._systemDays = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._combinedDays = value.combinedDays;
      this._majorDays = value.majorDays;
      this._minorDays = value.minorDays;
      this._systemDays = value.systemDays;
    }
  }

  // combined_days - computed: false, optional: true, required: false
  private _combinedDays?: number; 
  public get combinedDays() {
    return this.getNumberAttribute('combined_days');
  }
  public set combinedDays(value: number) {
    this._combinedDays = value;
  }
  public resetCombinedDays() {
    this._combinedDays = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get combinedDaysInput() {
    return this._combinedDays;
  }

  // major_days - computed: false, optional: true, required: false
  private _majorDays?: number; 
  public get majorDays() {
    return this.getNumberAttribute('major_days');
  }
  public set majorDays(value: number) {
    this._majorDays = value;
  }
  public resetMajorDays() {
    this._majorDays = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get majorDaysInput() {
    return this._majorDays;
  }

  // minor_days - computed: false, optional: true, required: false
  private _minorDays?: number; 
  public get minorDays() {
    return this.getNumberAttribute('minor_days');
  }
  public set minorDays(value: number) {
    this._minorDays = value;
  }
  public resetMinorDays() {
    this._minorDays = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get minorDaysInput() {
    return this._minorDays;
  }

  // system_days - computed: false, optional: true, required: false
  private _systemDays?: number; 
  public get systemDays() {
    return this.getNumberAttribute('system_days');
  }
  public set systemDays(value: number) {
    this._systemDays = value;
  }
  public resetSystemDays() {
    this._systemDays = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get systemDaysInput() {
    return this._systemDays;
  }
}
export interface SoftwareUpdateEnforcement {
  /**
  * With latest: the deadline is this many days after Apple released the version.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/software_update#days_after_release SoftwareUpdate#days_after_release}
  */
  readonly daysAfterRelease?: number;
  /**
  * HTTPS page explaining the update to users.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/software_update#details_url SoftwareUpdate#details_url}
  */
  readonly detailsUrl?: string;
  /**
  * Enforce the newest version in the catalog instead of a fixed one.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/software_update#latest SoftwareUpdate#latest}
  */
  readonly latest?: boolean | cdktf.IResolvable;
  /**
  * With latest: time of day (HH:MM, device local time) of the deadline.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/software_update#local_time SoftwareUpdate#local_time}
  */
  readonly localTime?: string;
  /**
  * Build to install, e.g. 22B83; the OS version wins if the two disagree.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/software_update#target_build_version SoftwareUpdate#target_build_version}
  */
  readonly targetBuildVersion?: string;
  /**
  * Deadline in the device's local time, yyyy-mm-ddThh:mm:ss without an offset; after it the update installs.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/software_update#target_local_datetime SoftwareUpdate#target_local_datetime}
  */
  readonly targetLocalDatetime?: string;
  /**
  * OS version to install, e.g. 18.1. It must be offered by Apple's software lookup catalog.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/software_update#target_os_version SoftwareUpdate#target_os_version}
  */
  readonly targetOsVersion?: string;
}

export function softwareUpdateEnforcementToTerraform(struct?: SoftwareUpdateEnforcementOutputReference | SoftwareUpdateEnforcement): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    days_after_release: cdktf.numberToTerraform(struct!.daysAfterRelease),
    details_url: cdktf.stringToTerraform(struct!.detailsUrl),
    latest: cdktf.booleanToTerraform(struct!.latest),
    local_time: cdktf.stringToTerraform(struct!.localTime),
    target_build_version: cdktf.stringToTerraform(struct!.targetBuildVersion),
    target_local_datetime: cdktf.stringToTerraform(struct!.targetLocalDatetime),
    target_os_version: cdktf.stringToTerraform(struct!.targetOsVersion),
  }
}


export function softwareUpdateEnforcementToHclTerraform(struct?: SoftwareUpdateEnforcementOutputReference | SoftwareUpdateEnforcement): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    days_after_release: {
      value: cdktf.numberToHclTerraform(struct!.daysAfterRelease),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    details_url: {
      value: cdktf.stringToHclTerraform(struct!.detailsUrl),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    latest: {
      value: cdktf.booleanToHclTerraform(struct!.latest),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    local_time: {
      value: cdktf.stringToHclTerraform(struct!.localTime),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    target_build_version: {
      value: cdktf.stringToHclTerraform(struct!.targetBuildVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    target_local_datetime: {
      value: cdktf.stringToHclTerraform(struct!.targetLocalDatetime),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    target_os_version: {
      value: cdktf.stringToHclTerraform(struct!.targetOsVersion),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class SoftwareUpdateEnforcementOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): SoftwareUpdateEnforcement | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._daysAfterRelease !== undefined) {
      hasAnyValues = true;
      internalValueResult.daysAfterRelease = this._daysAfterRelease;
    }
    if (this._detailsUrl !== undefined) {
      hasAnyValues = true;
      internalValueResult.detailsUrl = this._detailsUrl;
    }
    if (this._latest !== undefined) {
      hasAnyValues = true;
      internalValueResult.latest = this._latest;
    }
    if (this._localTime !== undefined) {
      hasAnyValues = true;
      internalValueResult.localTime = this._localTime;
    }
    if (this._targetBuildVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.targetBuildVersion = this._targetBuildVersion;
    }
    if (this._targetLocalDatetime !== undefined) {
      hasAnyValues = true;
      internalValueResult.targetLocalDatetime = this._targetLocalDatetime;
    }
    if (this._targetOsVersion !== undefined) {
      hasAnyValues = true;
      internalValueResult.targetOsVersion = this._targetOsVersion;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: SoftwareUpdateEnforcement | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._daysAfterRelease = undefined;
      this._detailsUrl = undefined;
      this._latest = undefined;
      this._localTime = undefined;
      this._targetBuildVersion = undefined;
      this._targetLocalDatetime = undefined;
      this._targetOsVersion = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._daysAfterRelease = value.daysAfterRelease;
      this._detailsUrl = value.detailsUrl;
      this._latest = value.latest;
      this._localTime = value.localTime;
      this._targetBuildVersion = value.targetBuildVersion;
      this._targetLocalDatetime = value.targetLocalDatetime;
      this._targetOsVersion = value.targetOsVersion;
    }
  }

  // days_after_release - computed: false, optional: true, required: false
  private _daysAfterRelease?: number; 
  public get daysAfterRelease() {
    return this.getNumberAttribute('days_after_release');
  }
  public set daysAfterRelease(value: number) {
    this._daysAfterRelease = value;
  }
  public resetDaysAfterRelease() {
    this._daysAfterRelease = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get daysAfterReleaseInput() {
    return this._daysAfterRelease;
  }

  // details_url - computed: false, optional: true, required: false
  private _detailsUrl?: string; 
  public get detailsUrl() {
    return this.getStringAttribute('details_url');
  }
  public set detailsUrl(value: string) {
    this._detailsUrl = value;
  }
  public resetDetailsUrl() {
    this._detailsUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get detailsUrlInput() {
    return this._detailsUrl;
  }

  // latest - computed: false, optional: true, required: false
  private _latest?: boolean | cdktf.IResolvable; 
  public get latest() {
    return this.getBooleanAttribute('latest');
  }
  public set latest(value: boolean | cdktf.IResolvable) {
    this._latest = value;
  }
  public resetLatest() {
    this._latest = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get latestInput() {
    return this._latest;
  }

  // local_time - computed: false, optional: true, required: false
  private _localTime?: string; 
  public get localTime() {
    return this.getStringAttribute('local_time');
  }
  public set localTime(value: string) {
    this._localTime = value;
  }
  public resetLocalTime() {
    this._localTime = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get localTimeInput() {
    return this._localTime;
  }

  // target_build_version - computed: false, optional: true, required: false
  private _targetBuildVersion?: string; 
  public get targetBuildVersion() {
    return this.getStringAttribute('target_build_version');
  }
  public set targetBuildVersion(value: string) {
    this._targetBuildVersion = value;
  }
  public resetTargetBuildVersion() {
    this._targetBuildVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get targetBuildVersionInput() {
    return this._targetBuildVersion;
  }

  // target_local_datetime - computed: false, optional: true, required: false
  private _targetLocalDatetime?: string; 
  public get targetLocalDatetime() {
    return this.getStringAttribute('target_local_datetime');
  }
  public set targetLocalDatetime(value: string) {
    this._targetLocalDatetime = value;
  }
  public resetTargetLocalDatetime() {
    this._targetLocalDatetime = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get targetLocalDatetimeInput() {
    return this._targetLocalDatetime;
  }

  // target_os_version - computed: false, optional: true, required: false
  private _targetOsVersion?: string; 
  public get targetOsVersion() {
    return this.getStringAttribute('target_os_version');
  }
  public set targetOsVersion(value: string) {
    this._targetOsVersion = value;
  }
  public resetTargetOsVersion() {
    this._targetOsVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get targetOsVersionInput() {
    return this._targetOsVersion;
  }
}
export interface SoftwareUpdateRapidSecurityResponse {
  /**
  * Offer Rapid Security Responses to the user.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/software_update#enable SoftwareUpdate#enable}
  */
  readonly enable?: boolean | cdktf.IResolvable;
  /**
  * Let the user remove an installed Rapid Security Response.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/software_update#enable_rollback SoftwareUpdate#enable_rollback}
  */
  readonly enableRollback?: boolean | cdktf.IResolvable;
}

export function softwareUpdateRapidSecurityResponseToTerraform(struct?: SoftwareUpdateRapidSecurityResponseOutputReference | SoftwareUpdateRapidSecurityResponse): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    enable: cdktf.booleanToTerraform(struct!.enable),
    enable_rollback: cdktf.booleanToTerraform(struct!.enableRollback),
  }
}


export function softwareUpdateRapidSecurityResponseToHclTerraform(struct?: SoftwareUpdateRapidSecurityResponseOutputReference | SoftwareUpdateRapidSecurityResponse): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    enable: {
      value: cdktf.booleanToHclTerraform(struct!.enable),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    enable_rollback: {
      value: cdktf.booleanToHclTerraform(struct!.enableRollback),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class SoftwareUpdateRapidSecurityResponseOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): SoftwareUpdateRapidSecurityResponse | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enable !== undefined) {
      hasAnyValues = true;
      internalValueResult.enable = this._enable;
    }
    if (this._enableRollback !== undefined) {
      hasAnyValues = true;
      internalValueResult.enableRollback = this._enableRollback;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: SoftwareUpdateRapidSecurityResponse | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._enable = undefined;
      this._enableRollback = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._enable = value.enable;
      this._enableRollback = value.enableRollback;
    }
  }

  // enable - computed: false, optional: true, required: false
  private _enable?: boolean | cdktf.IResolvable; 
  public get enable() {
    return this.getBooleanAttribute('enable');
  }
  public set enable(value: boolean | cdktf.IResolvable) {
    this._enable = value;
  }
  public resetEnable() {
    this._enable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableInput() {
    return this._enable;
  }

  // enable_rollback - computed: false, optional: true, required: false
  private _enableRollback?: boolean | cdktf.IResolvable; 
  public get enableRollback() {
    return this.getBooleanAttribute('enable_rollback');
  }
  public set enableRollback(value: boolean | cdktf.IResolvable) {
    this._enableRollback = value;
  }
  public resetEnableRollback() {
    this._enableRollback = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableRollbackInput() {
    return this._enableRollback;
  }
}
export interface SoftwareUpdateScope {
  /**
  * Device groups whose devices never receive this resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/software_update#exclude_groups SoftwareUpdate#exclude_groups}
  */
  readonly excludeGroups?: string[];
  /**
  * Device groups that receive this resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/software_update#groups SoftwareUpdate#groups}
  */
  readonly groups: string[];
}

export function softwareUpdateScopeToTerraform(struct?: SoftwareUpdateScopeOutputReference | SoftwareUpdateScope): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    exclude_groups: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.excludeGroups),
    groups: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.groups),
  }
}


export function softwareUpdateScopeToHclTerraform(struct?: SoftwareUpdateScopeOutputReference | SoftwareUpdateScope): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    exclude_groups: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.excludeGroups),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    groups: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.groups),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class SoftwareUpdateScopeOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): SoftwareUpdateScope | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._excludeGroups !== undefined) {
      hasAnyValues = true;
      internalValueResult.excludeGroups = this._excludeGroups;
    }
    if (this._groups !== undefined) {
      hasAnyValues = true;
      internalValueResult.groups = this._groups;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: SoftwareUpdateScope | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._excludeGroups = undefined;
      this._groups = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._excludeGroups = value.excludeGroups;
      this._groups = value.groups;
    }
  }

  // exclude_groups - computed: false, optional: true, required: false
  private _excludeGroups?: string[]; 
  public get excludeGroups() {
    return this.getListAttribute('exclude_groups');
  }
  public set excludeGroups(value: string[]) {
    this._excludeGroups = value;
  }
  public resetExcludeGroups() {
    this._excludeGroups = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get excludeGroupsInput() {
    return this._excludeGroups;
  }

  // groups - computed: false, optional: false, required: true
  private _groups?: string[]; 
  public get groups() {
    return this.getListAttribute('groups');
  }
  public set groups(value: string[]) {
    this._groups = value;
  }
  // Temporarily expose input value. Use with caution.
  public get groupsInput() {
    return this._groups;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/software_update applemdm_software_update}
*/
export class SoftwareUpdate extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "applemdm_software_update";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a SoftwareUpdate resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the SoftwareUpdate to import
  * @param importFromId The id of the existing SoftwareUpdate that should be imported. Refer to the {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/software_update#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the SoftwareUpdate to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "applemdm_software_update", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/software_update applemdm_software_update} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options SoftwareUpdateConfig
  */
  public constructor(scope: Construct, id: string, config: SoftwareUpdateConfig) {
    super(scope, id, {
      terraformResourceType: 'applemdm_software_update',
      terraformGeneratorMetadata: {
        providerName: 'applemdm',
        providerVersion: '0.1.0'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._adopt = config.adopt;
    this._allowStandardUserOsUpdates = config.allowStandardUserOsUpdates;
    this._identifier = config.identifier;
    this._legacyProfile = config.legacyProfile;
    this._name = config.name;
    this._notifications = config.notifications;
    this._platform = config.platform;
    this._recommendedCadence = config.recommendedCadence;
    this._automaticActions.internalValue = config.automaticActions;
    this._deferrals.internalValue = config.deferrals;
    this._enforcement.internalValue = config.enforcement;
    this._rapidSecurityResponse.internalValue = config.rapidSecurityResponse;
    this._scope.internalValue = config.scope;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // adopt - computed: false, optional: true, required: false
  private _adopt?: boolean | cdktf.IResolvable; 
  public get adopt() {
    return this.getBooleanAttribute('adopt');
  }
  public set adopt(value: boolean | cdktf.IResolvable) {
    this._adopt = value;
  }
  public resetAdopt() {
    this._adopt = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get adoptInput() {
    return this._adopt;
  }

  // allow_standard_user_os_updates - computed: false, optional: true, required: false
  private _allowStandardUserOsUpdates?: boolean | cdktf.IResolvable; 
  public get allowStandardUserOsUpdates() {
    return this.getBooleanAttribute('allow_standard_user_os_updates');
  }
  public set allowStandardUserOsUpdates(value: boolean | cdktf.IResolvable) {
    this._allowStandardUserOsUpdates = value;
  }
  public resetAllowStandardUserOsUpdates() {
    this._allowStandardUserOsUpdates = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowStandardUserOsUpdatesInput() {
    return this._allowStandardUserOsUpdates;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // identifier - computed: false, optional: true, required: false
  private _identifier?: string; 
  public get identifier() {
    return this.getStringAttribute('identifier');
  }
  public set identifier(value: string) {
    this._identifier = value;
  }
  public resetIdentifier() {
    this._identifier = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get identifierInput() {
    return this._identifier;
  }

  // legacy_profile - computed: false, optional: true, required: false
  private _legacyProfile?: boolean | cdktf.IResolvable; 
  public get legacyProfile() {
    return this.getBooleanAttribute('legacy_profile');
  }
  public set legacyProfile(value: boolean | cdktf.IResolvable) {
    this._legacyProfile = value;
  }
  public resetLegacyProfile() {
    this._legacyProfile = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get legacyProfileInput() {
    return this._legacyProfile;
  }

  // name - computed: false, optional: true, required: false
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  public resetName() {
    this._name = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // notifications - computed: false, optional: true, required: false
  private _notifications?: boolean | cdktf.IResolvable; 
  public get notifications() {
    return this.getBooleanAttribute('notifications');
  }
  public set notifications(value: boolean | cdktf.IResolvable) {
    this._notifications = value;
  }
  public resetNotifications() {
    this._notifications = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get notificationsInput() {
    return this._notifications;
  }

  // platform - computed: false, optional: false, required: true
  private _platform?: string; 
  public get platform() {
    return this.getStringAttribute('platform');
  }
  public set platform(value: string) {
    this._platform = value;
  }
  // Temporarily expose input value. Use with caution.
  public get platformInput() {
    return this._platform;
  }

  // recommended_cadence - computed: false, optional: true, required: false
  private _recommendedCadence?: string; 
  public get recommendedCadence() {
    return this.getStringAttribute('recommended_cadence');
  }
  public set recommendedCadence(value: string) {
    this._recommendedCadence = value;
  }
  public resetRecommendedCadence() {
    this._recommendedCadence = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get recommendedCadenceInput() {
    return this._recommendedCadence;
  }

  // automatic_actions - computed: false, optional: true, required: false
  private _automaticActions = new SoftwareUpdateAutomaticActionsOutputReference(this, "automatic_actions");
  public get automaticActions() {
    return this._automaticActions;
  }
  public putAutomaticActions(value: SoftwareUpdateAutomaticActions) {
    this._automaticActions.internalValue = value;
  }
  public resetAutomaticActions() {
    this._automaticActions.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get automaticActionsInput() {
    return this._automaticActions.internalValue;
  }

  // deferrals - computed: false, optional: true, required: false
  private _deferrals = new SoftwareUpdateDeferralsOutputReference(this, "deferrals");
  public get deferrals() {
    return this._deferrals;
  }
  public putDeferrals(value: SoftwareUpdateDeferrals) {
    this._deferrals.internalValue = value;
  }
  public resetDeferrals() {
    this._deferrals.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deferralsInput() {
    return this._deferrals.internalValue;
  }

  // enforcement - computed: false, optional: true, required: false
  private _enforcement = new SoftwareUpdateEnforcementOutputReference(this, "enforcement");
  public get enforcement() {
    return this._enforcement;
  }
  public putEnforcement(value: SoftwareUpdateEnforcement) {
    this._enforcement.internalValue = value;
  }
  public resetEnforcement() {
    this._enforcement.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enforcementInput() {
    return this._enforcement.internalValue;
  }

  // rapid_security_response - computed: false, optional: true, required: false
  private _rapidSecurityResponse = new SoftwareUpdateRapidSecurityResponseOutputReference(this, "rapid_security_response");
  public get rapidSecurityResponse() {
    return this._rapidSecurityResponse;
  }
  public putRapidSecurityResponse(value: SoftwareUpdateRapidSecurityResponse) {
    this._rapidSecurityResponse.internalValue = value;
  }
  public resetRapidSecurityResponse() {
    this._rapidSecurityResponse.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rapidSecurityResponseInput() {
    return this._rapidSecurityResponse.internalValue;
  }

  // scope - computed: false, optional: false, required: true
  private _scope = new SoftwareUpdateScopeOutputReference(this, "scope");
  public get scope() {
    return this._scope;
  }
  public putScope(value: SoftwareUpdateScope) {
    this._scope.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get scopeInput() {
    return this._scope.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      adopt: cdktf.booleanToTerraform(this._adopt),
      allow_standard_user_os_updates: cdktf.booleanToTerraform(this._allowStandardUserOsUpdates),
      identifier: cdktf.stringToTerraform(this._identifier),
      legacy_profile: cdktf.booleanToTerraform(this._legacyProfile),
      name: cdktf.stringToTerraform(this._name ?? this.friendlyUniqueId),
      notifications: cdktf.booleanToTerraform(this._notifications),
      platform: cdktf.stringToTerraform(this._platform),
      recommended_cadence: cdktf.stringToTerraform(this._recommendedCadence),
      automatic_actions: softwareUpdateAutomaticActionsToTerraform(this._automaticActions.internalValue),
      deferrals: softwareUpdateDeferralsToTerraform(this._deferrals.internalValue),
      enforcement: softwareUpdateEnforcementToTerraform(this._enforcement.internalValue),
      rapid_security_response: softwareUpdateRapidSecurityResponseToTerraform(this._rapidSecurityResponse.internalValue),
      scope: softwareUpdateScopeToTerraform(this._scope.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      adopt: {
        value: cdktf.booleanToHclTerraform(this._adopt),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_standard_user_os_updates: {
        value: cdktf.booleanToHclTerraform(this._allowStandardUserOsUpdates),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      identifier: {
        value: cdktf.stringToHclTerraform(this._identifier),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      legacy_profile: {
        value: cdktf.booleanToHclTerraform(this._legacyProfile),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name ?? this.friendlyUniqueId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      notifications: {
        value: cdktf.booleanToHclTerraform(this._notifications),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      platform: {
        value: cdktf.stringToHclTerraform(this._platform),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      recommended_cadence: {
        value: cdktf.stringToHclTerraform(this._recommendedCadence),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      automatic_actions: {
        value: softwareUpdateAutomaticActionsToHclTerraform(this._automaticActions.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "SoftwareUpdateAutomaticActionsList",
      },
      deferrals: {
        value: softwareUpdateDeferralsToHclTerraform(this._deferrals.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "SoftwareUpdateDeferralsList",
      },
      enforcement: {
        value: softwareUpdateEnforcementToHclTerraform(this._enforcement.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "SoftwareUpdateEnforcementList",
      },
      rapid_security_response: {
        value: softwareUpdateRapidSecurityResponseToHclTerraform(this._rapidSecurityResponse.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "SoftwareUpdateRapidSecurityResponseList",
      },
      scope: {
        value: softwareUpdateScopeToHclTerraform(this._scope.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "SoftwareUpdateScopeList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
