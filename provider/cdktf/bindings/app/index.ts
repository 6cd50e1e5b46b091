// https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/app
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from '../../cdk';

// Configuration

export interface AppConfig extends cdktf.TerraformMetaArguments {
  /**
  * App Store identifier (the digits in the app's App Store URL). Required for volume-purchased (user or device licence) apps.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/app#adam_id App#adam_id}
  */
  readonly adamId?: string;
  /**
  * The app's bundle identifier, e.g. com.example.app.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/app#bundle_id App#bundle_id}
  */
  readonly bundleId: string;
  /**
  * Name shown in plans and on the server; defaults to the resource name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/app#display_name App#display_name}
  */
  readonly displayName?: string;
  /**
  * Apps and Books licence type: "device" (assigned to the serial number), "user" (assigned to the user's account) or "none" (free app, no licence).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/app#license App#license}
  */
  readonly license?: string;
  /**
  * HTTPS URL of the in-house app's manifest plist.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/app#manifest_url App#manifest_url}
  */
  readonly manifestUrl?: string;
  /**
  * The resource's name in applemdm: its identifier is <identifier_prefix>.<stack>.<kind>.<name>, so the same name gives the same server objects as `applemdm apply`. Lower-case letters, digits and underscores. Required under Terraform and OpenTofu, which do not tell providers a resource's name; the CDKTF constructs set it to the construct's name. Changing it replaces the resource unless identifier is set.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/app#name App#name}
  */
  readonly name?: string;
  /**
  * Platforms the app runs on; assignments are delivered to these platforms only.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/app#platforms App#platforms}
  */
  readonly platforms: string[];
}

/**
* Represents a {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/app applemdm_app}
*/
export class App extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "applemdm_app";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a App resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the App to import
  * @param importFromId The id of the existing App that should be imported. Refer to the {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/app#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the App to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "applemdm_app", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs/resources/app applemdm_app} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options AppConfig
  */
  public constructor(scope: Construct, id: string, config: AppConfig) {
    super(scope, id, {
      terraformResourceType: 'applemdm_app',
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
    this._adamId = config.adamId;
    this._bundleId = config.bundleId;
    this._displayName = config.displayName;
    this._license = config.license;
    this._manifestUrl = config.manifestUrl;
    this._name = config.name;
    this._platforms = config.platforms;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // adam_id - computed: false, optional: true, required: false
  private _adamId?: string; 
  public get adamId() {
    return this.getStringAttribute('adam_id');
  }
  public set adamId(value: string) {
    this._adamId = value;
  }
  public resetAdamId() {
    this._adamId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get adamIdInput() {
    return this._adamId;
  }

  // bundle_id - computed: false, optional: false, required: true
  private _bundleId?: string; 
  public get bundleId() {
    return this.getStringAttribute('bundle_id');
  }
  public set bundleId(value: string) {
    this._bundleId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get bundleIdInput() {
    return this._bundleId;
  }

  // display_name - computed: false, optional: true, required: false
  private _displayName?: string; 
  public get displayName() {
    return this.getStringAttribute('display_name');
  }
  public set displayName(value: string) {
    this._displayName = value;
  }
  public resetDisplayName() {
    this._displayName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get displayNameInput() {
    return this._displayName;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // license - computed: false, optional: true, required: false
  private _license?: string; 
  public get license() {
    return this.getStringAttribute('license');
  }
  public set license(value: string) {
    this._license = value;
  }
  public resetLicense() {
    this._license = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get licenseInput() {
    return this._license;
  }

  // manifest_url - computed: false, optional: true, required: false
  private _manifestUrl?: string; 
  public get manifestUrl() {
    return this.getStringAttribute('manifest_url');
  }
  public set manifestUrl(value: string) {
    this._manifestUrl = value;
  }
  public resetManifestUrl() {
    this._manifestUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get manifestUrlInput() {
    return this._manifestUrl;
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

  // platforms - computed: false, optional: false, required: true
  private _platforms?: string[]; 
  public get platforms() {
    return this.getListAttribute('platforms');
  }
  public set platforms(value: string[]) {
    this._platforms = value;
  }
  // Temporarily expose input value. Use with caution.
  public get platformsInput() {
    return this._platforms;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      adam_id: cdktf.stringToTerraform(this._adamId),
      bundle_id: cdktf.stringToTerraform(this._bundleId),
      display_name: cdktf.stringToTerraform(this._displayName),
      license: cdktf.stringToTerraform(this._license),
      manifest_url: cdktf.stringToTerraform(this._manifestUrl),
      name: cdktf.stringToTerraform(this._name ?? this.friendlyUniqueId),
      platforms: cdktf.listMapper(cdktf.stringToTerraform, false)(this._platforms),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      adam_id: {
        value: cdktf.stringToHclTerraform(this._adamId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      bundle_id: {
        value: cdktf.stringToHclTerraform(this._bundleId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      display_name: {
        value: cdktf.stringToHclTerraform(this._displayName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      license: {
        value: cdktf.stringToHclTerraform(this._license),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      manifest_url: {
        value: cdktf.stringToHclTerraform(this._manifestUrl),
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
      platforms: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._platforms),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
