// https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/device_group
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from '../../cdk';

// Configuration

export interface DeviceGroupConfig extends cdktf.TerraformMetaArguments {
  /**
  * Identifier of the group's com.apple.activation.simple declaration, replacing the derived <set name>.activation; for taking over a set whose activation another tool named. Outside the stack's prefix it needs adopt: true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/device_group#activation_identifier DeviceGroup#activation_identifier}
  */
  readonly activationIdentifier?: string;
  /**
  * Take ownership of the existing object named by identifier although another tool created it (its identifier is outside this stack's prefix). Without it such an identifier is an error, so nothing is adopted by accident. Removing an adopted resource from the configuration releases the object: it stays on the server, unmanaged.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/device_group#adopt DeviceGroup#adopt}
  */
  readonly adopt?: boolean | cdktf.IResolvable;
  /**
  * Free text for people reading the configuration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/device_group#description DeviceGroup#description}
  */
  readonly description?: string;
  /**
  * Server identifier of the resource's object (declaration identifier, or set name for a device group), replacing the derived <identifier_prefix>.<stack>.<kind>.<name>. Used to take over an object that exists already; outside the stack's prefix it needs adopt: true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/device_group#identifier DeviceGroup#identifier}
  */
  readonly identifier?: string;
  /**
  * The resource's name in applemdm: its identifier is <identifier_prefix>.<stack>.<kind>.<name>, so the same name gives the same server objects as `applemdm apply`. Lower-case letters, digits and underscores. Required under Terraform and OpenTofu, which do not tell providers a resource's name; the CDKTF constructs set it to the construct's name. Changing it replaces the resource unless identifier is set.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/device_group#name DeviceGroup#name}
  */
  readonly name?: string;
  /**
  * Whether the group's devices are supervised: "true" (all), "false" (none) or "mixed". Supervision-only restrictions are reported when a scope may contain unsupervised devices.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/device_group#supervised DeviceGroup#supervised}
  */
  readonly supervised?: string;
  /**
  * members block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/device_group#members DeviceGroup#members}
  */
  readonly members?: DeviceGroupMembers;
}
export interface DeviceGroupMembers {
  /**
  * MDM enrollment IDs, e.g. of User Enrollment devices or macOS user channels.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/device_group#enrollment_ids DeviceGroup#enrollment_ids}
  */
  readonly enrollmentIds?: string[];
  /**
  * Hardware serial numbers (upper-case letters and digits).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/device_group#serial_numbers DeviceGroup#serial_numbers}
  */
  readonly serialNumbers?: string[];
  /**
  * Device UDIDs: 40 hex digits (older devices), 8-16 hex digits (newer devices) or a UUID (Macs).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/device_group#udids DeviceGroup#udids}
  */
  readonly udids?: string[];
}

export function deviceGroupMembersToTerraform(struct?: DeviceGroupMembersOutputReference | DeviceGroupMembers): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    enrollment_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.enrollmentIds),
    serial_numbers: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.serialNumbers),
    udids: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.udids),
  }
}


export function deviceGroupMembersToHclTerraform(struct?: DeviceGroupMembersOutputReference | DeviceGroupMembers): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    enrollment_ids: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.enrollmentIds),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    serial_numbers: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.serialNumbers),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    udids: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.udids),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DeviceGroupMembersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): DeviceGroupMembers | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enrollmentIds !== undefined) {
      hasAnyValues = true;
      internalValueResult.enrollmentIds = this._enrollmentIds;
    }
    if (this._serialNumbers !== undefined) {
      hasAnyValues = true;
      internalValueResult.serialNumbers = this._serialNumbers;
    }
    if (this._udids !== undefined) {
      hasAnyValues = true;
      internalValueResult.udids = this._udids;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DeviceGroupMembers | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._enrollmentIds = undefined;
      this._serialNumbers = undefined;
      this._udids = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._enrollmentIds = value.enrollmentIds;
      this._serialNumbers = value.serialNumbers;
      this._udids = value.udids;
    }
  }

  // enrollment_ids - computed: false, optional: true, required: false
  private _enrollmentIds?: string[]; 
  public get enrollmentIds() {
    return this.getListAttribute('enrollment_ids');
  }
  public set enrollmentIds(value: string[]) {
    this._enrollmentIds = value;
  }
  public resetEnrollmentIds() {
    this._enrollmentIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enrollmentIdsInput() {
    return this._enrollmentIds;
  }

  // serial_numbers - computed: false, optional: true, required: false
  private _serialNumbers?: string[]; 
  public get serialNumbers() {
    return this.getListAttribute('serial_numbers');
  }
  public set serialNumbers(value: string[]) {
    this._serialNumbers = value;
  }
  public resetSerialNumbers() {
    this._serialNumbers = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serialNumbersInput() {
    return this._serialNumbers;
  }

  // udids - computed: false, optional: true, required: false
  private _udids?: string[]; 
  public get udids() {
    return this.getListAttribute('udids');
  }
  public set udids(value: string[]) {
    this._udids = value;
  }
  public resetUdids() {
    this._udids = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get udidsInput() {
    return this._udids;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/device_group applemdm_device_group}
*/
export class DeviceGroup extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "applemdm_device_group";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DeviceGroup resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DeviceGroup to import
  * @param importFromId The id of the existing DeviceGroup that should be imported. Refer to the {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/device_group#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DeviceGroup to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "applemdm_device_group", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/device_group applemdm_device_group} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DeviceGroupConfig = {}
  */
  public constructor(scope: Construct, id: string, config: DeviceGroupConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'applemdm_device_group',
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
    this._activationIdentifier = config.activationIdentifier;
    this._adopt = config.adopt;
    this._description = config.description;
    this._identifier = config.identifier;
    this._name = config.name;
    this._supervised = config.supervised;
    this._members.internalValue = config.members;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // activation_identifier - computed: false, optional: true, required: false
  private _activationIdentifier?: string; 
  public get activationIdentifier() {
    return this.getStringAttribute('activation_identifier');
  }
  public set activationIdentifier(value: string) {
    this._activationIdentifier = value;
  }
  public resetActivationIdentifier() {
    this._activationIdentifier = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get activationIdentifierInput() {
    return this._activationIdentifier;
  }

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

  // description - computed: false, optional: true, required: false
  private _description?: string; 
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
  }
  public resetDescription() {
    this._description = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descriptionInput() {
    return this._description;
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

  // supervised - computed: false, optional: true, required: false
  private _supervised?: string; 
  public get supervised() {
    return this.getStringAttribute('supervised');
  }
  public set supervised(value: string) {
    this._supervised = value;
  }
  public resetSupervised() {
    this._supervised = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get supervisedInput() {
    return this._supervised;
  }

  // members - computed: false, optional: true, required: false
  private _members = new DeviceGroupMembersOutputReference(this, "members");
  public get members() {
    return this._members;
  }
  public putMembers(value: DeviceGroupMembers) {
    this._members.internalValue = value;
  }
  public resetMembers() {
    this._members.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get membersInput() {
    return this._members.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      activation_identifier: cdktf.stringToTerraform(this._activationIdentifier),
      adopt: cdktf.booleanToTerraform(this._adopt),
      description: cdktf.stringToTerraform(this._description),
      identifier: cdktf.stringToTerraform(this._identifier),
      name: cdktf.stringToTerraform(this._name ?? this.friendlyUniqueId),
      supervised: cdktf.stringToTerraform(this._supervised),
      members: deviceGroupMembersToTerraform(this._members.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      activation_identifier: {
        value: cdktf.stringToHclTerraform(this._activationIdentifier),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      adopt: {
        value: cdktf.booleanToHclTerraform(this._adopt),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      description: {
        value: cdktf.stringToHclTerraform(this._description),
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
      name: {
        value: cdktf.stringToHclTerraform(this._name ?? this.friendlyUniqueId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      supervised: {
        value: cdktf.stringToHclTerraform(this._supervised),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      members: {
        value: deviceGroupMembersToHclTerraform(this._members.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DeviceGroupMembersList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
