// https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/data-sources/device_group
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from '../../cdk';

// Configuration

export interface DataApplemdmDeviceGroupConfig extends cdktf.TerraformMetaArguments {
  /**
  * Set name of a group named otherwise (for example created by another tool), used instead of the derived one.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/data-sources/device_group#identifier DataApplemdmDeviceGroup#identifier}
  */
  readonly identifier?: string;
  /**
  * The group's resource name in this stack; its set is <identifier_prefix>.<stack>.device-group.<name> unless identifier is given.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/data-sources/device_group#name DataApplemdmDeviceGroup#name}
  */
  readonly name: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/data-sources/device_group applemdm_device_group}
*/
export class DataApplemdmDeviceGroup extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "applemdm_device_group";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataApplemdmDeviceGroup resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataApplemdmDeviceGroup to import
  * @param importFromId The id of the existing DataApplemdmDeviceGroup that should be imported. Refer to the {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/data-sources/device_group#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataApplemdmDeviceGroup to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "applemdm_device_group", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/data-sources/device_group applemdm_device_group} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataApplemdmDeviceGroupConfig
  */
  public constructor(scope: Construct, id: string, config: DataApplemdmDeviceGroupConfig) {
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
    this._identifier = config.identifier;
    this._name = config.name;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // configurations - computed: true, optional: false, required: false
  public get configurations() {
    return this.getListAttribute('configurations');
  }

  // enrollment_ids - computed: true, optional: false, required: false
  public get enrollmentIds() {
    return this.getListAttribute('enrollment_ids');
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

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      identifier: cdktf.stringToTerraform(this._identifier),
      name: cdktf.stringToTerraform(this._name),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      identifier: {
        value: cdktf.stringToHclTerraform(this._identifier),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
