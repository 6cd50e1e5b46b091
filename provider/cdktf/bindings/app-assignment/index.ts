// https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/app_assignment
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from '../../cdk';

// Configuration

export interface AppAssignmentConfig extends cdktf.TerraformMetaArguments {
  /**
  * Take ownership of the existing object named by identifier although another tool created it (its identifier is outside this stack's prefix). Without it such an identifier is an error, so nothing is adopted by accident. Removing an adopted resource from the configuration releases the object: it stays on the server, unmanaged.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/app_assignment#adopt AppAssignment#adopt}
  */
  readonly adopt?: boolean | cdktf.IResolvable;
  /**
  * The app to assign (an applemdm_app).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/app_assignment#app AppAssignment#app}
  */
  readonly app: string;
  /**
  * Server identifier of the resource's object (declaration identifier, or set name for a device group), replacing the derived <identifier_prefix>.<stack>.<kind>.<name>. Used to take over an object that exists already; outside the stack's prefix it needs adopt: true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/app_assignment#identifier AppAssignment#identifier}
  */
  readonly identifier?: string;
  /**
  * "required" installs the app, "available" offers it for the user to install, "uninstall" removes it.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/app_assignment#intent AppAssignment#intent}
  */
  readonly intent: string;
  /**
  * The resource's name in applemdm: its identifier is <identifier_prefix>.<stack>.<kind>.<name>, so the same name gives the same server objects as `applemdm apply`. Lower-case letters, digits and underscores. Required under Terraform and OpenTofu, which do not tell providers a resource's name; the CDKTF constructs set it to the construct's name. Changing it replaces the resource unless identifier is set.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/app_assignment#name AppAssignment#name}
  */
  readonly name?: string;
  /**
  * scope block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/app_assignment#scope AppAssignment#scope}
  */
  readonly scope: AppAssignmentScope;
  /**
  * settings block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/app_assignment#settings AppAssignment#settings}
  */
  readonly settings?: AppAssignmentSettings;
}
export interface AppAssignmentScope {
  /**
  * Device groups whose devices never receive this resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/app_assignment#exclude_groups AppAssignment#exclude_groups}
  */
  readonly excludeGroups?: string[];
  /**
  * Device groups that receive this resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/app_assignment#groups AppAssignment#groups}
  */
  readonly groups: string[];
}

export function appAssignmentScopeToTerraform(struct?: AppAssignmentScopeOutputReference | AppAssignmentScope): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    exclude_groups: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.excludeGroups),
    groups: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.groups),
  }
}


export function appAssignmentScopeToHclTerraform(struct?: AppAssignmentScopeOutputReference | AppAssignmentScope): any {
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

export class AppAssignmentScopeOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): AppAssignmentScope | undefined {
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

  public set internalValue(value: AppAssignmentScope | undefined) {
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
export interface AppAssignmentSettings {
  /**
  * Associated domains granted to the app, e.g. applinks:example.com (iOS 13+).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/app_assignment#associated_domains AppAssignment#associated_domains}
  */
  readonly associatedDomains?: string[];
  /**
  * Managed app configuration: a dictionary of keys the app reads (strings, numbers, booleans, lists and nested dictionaries). A string value written as ${env:NAME} or ${file:path} (YAML) or fed by a Terraform variable (CDKTF) is read when the configuration is loaded and is sensitive: never shown in plans, logs or errors.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/app_assignment#configuration AppAssignment#configuration}
  */
  readonly configuration?: string;
  /**
  * PayloadUUID of the per-app content filter (iOS 16+).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/app_assignment#content_filter_uuid AppAssignment#content_filter_uuid}
  */
  readonly contentFilterUuid?: string;
  /**
  * PayloadUUID of the per-app DNS proxy (iOS 16+).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/app_assignment#dns_proxy_uuid AppAssignment#dns_proxy_uuid}
  */
  readonly dnsProxyUuid?: string;
  /**
  * Let the app fetch associated-domain data straight from the domain instead of Apple's CDN (iOS 14+).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/app_assignment#enable_direct_downloads AppAssignment#enable_direct_downloads}
  */
  readonly enableDirectDownloads?: boolean | cdktf.IResolvable;
  /**
  * Keep the app's data out of device backups, so a restored device reinstalls it fresh. Applied at install time: changing it re-sends the install.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/app_assignment#prevent_backup AppAssignment#prevent_backup}
  */
  readonly preventBackup?: boolean | cdktf.IResolvable;
  /**
  * PayloadUUID of the per-app relay (iOS 17+).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/app_assignment#relay_uuid AppAssignment#relay_uuid}
  */
  readonly relayUuid?: string;
  /**
  * Whether the user may delete the app while it is managed (iOS 14+, tvOS 14+).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/app_assignment#removable AppAssignment#removable}
  */
  readonly removable?: boolean | cdktf.IResolvable;
  /**
  * Delete the app when the device leaves management. Applied at install time: changing it re-sends the install.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/app_assignment#remove_on_unenroll AppAssignment#remove_on_unenroll}
  */
  readonly removeOnUnenroll?: boolean | cdktf.IResolvable;
  /**
  * Managed app configuration keys whose values are secrets (tokens, passwords), merged into configuration; a key may not be in both. Give each value as ${env:NAME} or ${file:path} (YAML) or from a sensitive Terraform variable, so it never sits in Git.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/app_assignment#secrets AppAssignment#secrets}
  */
  readonly secrets?: { [key: string]: string };
  /**
  * Lock the screen after each Tap to Pay on iPhone transaction (iOS 16.4+).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/app_assignment#tap_to_pay_screen_lock AppAssignment#tap_to_pay_screen_lock}
  */
  readonly tapToPayScreenLock?: boolean | cdktf.IResolvable;
  /**
  * PayloadUUID of the per-app VPN the app's traffic uses.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/app_assignment#vpn_uuid AppAssignment#vpn_uuid}
  */
  readonly vpnUuid?: string;
}

export function appAssignmentSettingsToTerraform(struct?: AppAssignmentSettingsOutputReference | AppAssignmentSettings): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    associated_domains: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.associatedDomains),
    configuration: cdktf.stringToTerraform(struct!.configuration),
    content_filter_uuid: cdktf.stringToTerraform(struct!.contentFilterUuid),
    dns_proxy_uuid: cdktf.stringToTerraform(struct!.dnsProxyUuid),
    enable_direct_downloads: cdktf.booleanToTerraform(struct!.enableDirectDownloads),
    prevent_backup: cdktf.booleanToTerraform(struct!.preventBackup),
    relay_uuid: cdktf.stringToTerraform(struct!.relayUuid),
    removable: cdktf.booleanToTerraform(struct!.removable),
    remove_on_unenroll: cdktf.booleanToTerraform(struct!.removeOnUnenroll),
    secrets: cdktf.hashMapper(cdktf.stringToTerraform)(struct!.secrets),
    tap_to_pay_screen_lock: cdktf.booleanToTerraform(struct!.tapToPayScreenLock),
    vpn_uuid: cdktf.stringToTerraform(struct!.vpnUuid),
  }
}


export function appAssignmentSettingsToHclTerraform(struct?: AppAssignmentSettingsOutputReference | AppAssignmentSettings): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    associated_domains: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.associatedDomains),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    configuration: {
      value: cdktf.stringToHclTerraform(struct!.configuration),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    content_filter_uuid: {
      value: cdktf.stringToHclTerraform(struct!.contentFilterUuid),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    dns_proxy_uuid: {
      value: cdktf.stringToHclTerraform(struct!.dnsProxyUuid),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    enable_direct_downloads: {
      value: cdktf.booleanToHclTerraform(struct!.enableDirectDownloads),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    prevent_backup: {
      value: cdktf.booleanToHclTerraform(struct!.preventBackup),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    relay_uuid: {
      value: cdktf.stringToHclTerraform(struct!.relayUuid),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    removable: {
      value: cdktf.booleanToHclTerraform(struct!.removable),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    remove_on_unenroll: {
      value: cdktf.booleanToHclTerraform(struct!.removeOnUnenroll),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    secrets: {
      value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(struct!.secrets),
      isBlock: false,
      type: "map",
      storageClassType: "stringMap",
    },
    tap_to_pay_screen_lock: {
      value: cdktf.booleanToHclTerraform(struct!.tapToPayScreenLock),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    vpn_uuid: {
      value: cdktf.stringToHclTerraform(struct!.vpnUuid),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AppAssignmentSettingsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): AppAssignmentSettings | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._associatedDomains !== undefined) {
      hasAnyValues = true;
      internalValueResult.associatedDomains = this._associatedDomains;
    }
    if (this._configuration !== undefined) {
      hasAnyValues = true;
      internalValueResult.configuration = this._configuration;
    }
    if (this._contentFilterUuid !== undefined) {
      hasAnyValues = true;
      internalValueResult.contentFilterUuid = this._contentFilterUuid;
    }
    if (this._dnsProxyUuid !== undefined) {
      hasAnyValues = true;
      internalValueResult.dnsProxyUuid = this._dnsProxyUuid;
    }
    if (this._enableDirectDownloads !== undefined) {
      hasAnyValues = true;
      internalValueResult.enableDirectDownloads = this._enableDirectDownloads;
    }
    if (this._preventBackup !== undefined) {
      hasAnyValues = true;
      internalValueResult.preventBackup = this._preventBackup;
    }
    if (this._relayUuid !== undefined) {
      hasAnyValues = true;
      internalValueResult.relayUuid = this._relayUuid;
    }
    if (this._removable !== undefined) {
      hasAnyValues = true;
      internalValueResult.removable = this._removable;
    }
    if (this._removeOnUnenroll !== undefined) {
      hasAnyValues = true;
      internalValueResult.removeOnUnenroll = this._removeOnUnenroll;
    }
    if (this._secrets !== undefined) {
      hasAnyValues = true;
      internalValueResult.secrets = this._secrets;
    }
    if (this._tapToPayScreenLock !== undefined) {
      hasAnyValues = true;
      internalValueResult.tapToPayScreenLock = this._tapToPayScreenLock;
    }
    if (this._vpnUuid !== undefined) {
      hasAnyValues = true;
      internalValueResult.vpnUuid = this._vpnUuid;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AppAssignmentSettings | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._associatedDomains = undefined;
      this._configuration = undefined;
      this._contentFilterUuid = undefined;
      this._dnsProxyUuid = undefined;
      this._enableDirectDownloads = undefined;
      this._preventBackup = undefined;
      this._relayUuid = undefined;
      this._removable = undefined;
      this._removeOnUnenroll = undefined;
      this._secrets = undefined;
      this._tapToPayScreenLock = undefined;
      this._vpnUuid = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._associatedDomains = value.associatedDomains;
      this._configuration = value.configuration;
      this._contentFilterUuid = value.contentFilterUuid;
      this._dnsProxyUuid = value.dnsProxyUuid;
      this._enableDirectDownloads = value.enableDirectDownloads;
      this._preventBackup = value.preventBackup;
      this._relayUuid = value.relayUuid;
      this._removable = value.removable;
      this._removeOnUnenroll = value.removeOnUnenroll;
      this._secrets = value.secrets;
      this._tapToPayScreenLock = value.tapToPayScreenLock;
      this._vpnUuid = value.vpnUuid;
    }
  }

  // associated_domains - computed: false, optional: true, required: false
  private _associatedDomains?: string[]; 
  public get associatedDomains() {
    return this.getListAttribute('associated_domains');
  }
  public set associatedDomains(value: string[]) {
    this._associatedDomains = value;
  }
  public resetAssociatedDomains() {
    this._associatedDomains = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get associatedDomainsInput() {
    return this._associatedDomains;
  }

  // configuration - computed: false, optional: true, required: false
  private _configuration?: string; 
  public get configuration() {
    return this.getStringAttribute('configuration');
  }
  public set configuration(value: string) {
    this._configuration = value;
  }
  public resetConfiguration() {
    this._configuration = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get configurationInput() {
    return this._configuration;
  }

  // content_filter_uuid - computed: false, optional: true, required: false
  private _contentFilterUuid?: string; 
  public get contentFilterUuid() {
    return this.getStringAttribute('content_filter_uuid');
  }
  public set contentFilterUuid(value: string) {
    this._contentFilterUuid = value;
  }
  public resetContentFilterUuid() {
    this._contentFilterUuid = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get contentFilterUuidInput() {
    return this._contentFilterUuid;
  }

  // dns_proxy_uuid - computed: false, optional: true, required: false
  private _dnsProxyUuid?: string; 
  public get dnsProxyUuid() {
    return this.getStringAttribute('dns_proxy_uuid');
  }
  public set dnsProxyUuid(value: string) {
    this._dnsProxyUuid = value;
  }
  public resetDnsProxyUuid() {
    this._dnsProxyUuid = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dnsProxyUuidInput() {
    return this._dnsProxyUuid;
  }

  // enable_direct_downloads - computed: false, optional: true, required: false
  private _enableDirectDownloads?: boolean | cdktf.IResolvable; 
  public get enableDirectDownloads() {
    return this.getBooleanAttribute('enable_direct_downloads');
  }
  public set enableDirectDownloads(value: boolean | cdktf.IResolvable) {
    this._enableDirectDownloads = value;
  }
  public resetEnableDirectDownloads() {
    this._enableDirectDownloads = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableDirectDownloadsInput() {
    return this._enableDirectDownloads;
  }

  // prevent_backup - computed: false, optional: true, required: false
  private _preventBackup?: boolean | cdktf.IResolvable; 
  public get preventBackup() {
    return this.getBooleanAttribute('prevent_backup');
  }
  public set preventBackup(value: boolean | cdktf.IResolvable) {
    this._preventBackup = value;
  }
  public resetPreventBackup() {
    this._preventBackup = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get preventBackupInput() {
    return this._preventBackup;
  }

  // relay_uuid - computed: false, optional: true, required: false
  private _relayUuid?: string; 
  public get relayUuid() {
    return this.getStringAttribute('relay_uuid');
  }
  public set relayUuid(value: string) {
    this._relayUuid = value;
  }
  public resetRelayUuid() {
    this._relayUuid = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get relayUuidInput() {
    return this._relayUuid;
  }

  // removable - computed: false, optional: true, required: false
  private _removable?: boolean | cdktf.IResolvable; 
  public get removable() {
    return this.getBooleanAttribute('removable');
  }
  public set removable(value: boolean | cdktf.IResolvable) {
    this._removable = value;
  }
  public resetRemovable() {
    this._removable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get removableInput() {
    return this._removable;
  }

  // remove_on_unenroll - computed: false, optional: true, required: false
  private _removeOnUnenroll?: boolean | cdktf.IResolvable; 
  public get removeOnUnenroll() {
    return this.getBooleanAttribute('remove_on_unenroll');
  }
  public set removeOnUnenroll(value: boolean | cdktf.IResolvable) {
    this._removeOnUnenroll = value;
  }
  public resetRemoveOnUnenroll() {
    this._removeOnUnenroll = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get removeOnUnenrollInput() {
    return this._removeOnUnenroll;
  }

  // secrets - computed: false, optional: true, required: false
  private _secrets?: { [key: string]: string }; 
  public get secrets() {
    return this.getStringMapAttribute('secrets');
  }
  public set secrets(value: { [key: string]: string }) {
    this._secrets = value;
  }
  public resetSecrets() {
    this._secrets = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secretsInput() {
    return this._secrets;
  }

  // tap_to_pay_screen_lock - computed: false, optional: true, required: false
  private _tapToPayScreenLock?: boolean | cdktf.IResolvable; 
  public get tapToPayScreenLock() {
    return this.getBooleanAttribute('tap_to_pay_screen_lock');
  }
  public set tapToPayScreenLock(value: boolean | cdktf.IResolvable) {
    this._tapToPayScreenLock = value;
  }
  public resetTapToPayScreenLock() {
    this._tapToPayScreenLock = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tapToPayScreenLockInput() {
    return this._tapToPayScreenLock;
  }

  // vpn_uuid - computed: false, optional: true, required: false
  private _vpnUuid?: string; 
  public get vpnUuid() {
    return this.getStringAttribute('vpn_uuid');
  }
  public set vpnUuid(value: string) {
    this._vpnUuid = value;
  }
  public resetVpnUuid() {
    this._vpnUuid = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vpnUuidInput() {
    return this._vpnUuid;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/app_assignment applemdm_app_assignment}
*/
export class AppAssignment extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "applemdm_app_assignment";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a AppAssignment resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the AppAssignment to import
  * @param importFromId The id of the existing AppAssignment that should be imported. Refer to the {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/app_assignment#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the AppAssignment to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "applemdm_app_assignment", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/app_assignment applemdm_app_assignment} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options AppAssignmentConfig
  */
  public constructor(scope: Construct, id: string, config: AppAssignmentConfig) {
    super(scope, id, {
      terraformResourceType: 'applemdm_app_assignment',
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
    this._app = config.app;
    this._identifier = config.identifier;
    this._intent = config.intent;
    this._name = config.name;
    this._scope.internalValue = config.scope;
    this._settings.internalValue = config.settings;
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

  // app - computed: false, optional: false, required: true
  private _app?: string; 
  public get app() {
    return this.getStringAttribute('app');
  }
  public set app(value: string) {
    this._app = value;
  }
  // Temporarily expose input value. Use with caution.
  public get appInput() {
    return this._app;
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

  // intent - computed: false, optional: false, required: true
  private _intent?: string; 
  public get intent() {
    return this.getStringAttribute('intent');
  }
  public set intent(value: string) {
    this._intent = value;
  }
  // Temporarily expose input value. Use with caution.
  public get intentInput() {
    return this._intent;
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

  // scope - computed: false, optional: false, required: true
  private _scope = new AppAssignmentScopeOutputReference(this, "scope");
  public get scope() {
    return this._scope;
  }
  public putScope(value: AppAssignmentScope) {
    this._scope.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get scopeInput() {
    return this._scope.internalValue;
  }

  // settings - computed: false, optional: true, required: false
  private _settings = new AppAssignmentSettingsOutputReference(this, "settings");
  public get settings() {
    return this._settings;
  }
  public putSettings(value: AppAssignmentSettings) {
    this._settings.internalValue = value;
  }
  public resetSettings() {
    this._settings.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get settingsInput() {
    return this._settings.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      adopt: cdktf.booleanToTerraform(this._adopt),
      app: cdktf.stringToTerraform(this._app),
      identifier: cdktf.stringToTerraform(this._identifier),
      intent: cdktf.stringToTerraform(this._intent),
      name: cdktf.stringToTerraform(this._name ?? this.friendlyUniqueId),
      scope: appAssignmentScopeToTerraform(this._scope.internalValue),
      settings: appAssignmentSettingsToTerraform(this._settings.internalValue),
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
      app: {
        value: cdktf.stringToHclTerraform(this._app),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      identifier: {
        value: cdktf.stringToHclTerraform(this._identifier),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      intent: {
        value: cdktf.stringToHclTerraform(this._intent),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name ?? this.friendlyUniqueId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      scope: {
        value: appAssignmentScopeToHclTerraform(this._scope.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "AppAssignmentScopeList",
      },
      settings: {
        value: appAssignmentSettingsToHclTerraform(this._settings.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "AppAssignmentSettingsList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
