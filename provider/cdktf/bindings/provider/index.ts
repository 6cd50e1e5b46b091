// https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from '../../cdk';

// Configuration

export interface ApplemdmProviderConfig {
  /**
  * API key of the MDM server. Prefer the APPLEMDM_API_KEY or APPLEMDM_API_KEY_FILE environment variable: a key written here is stored in synthesized files and in Terraform state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs#api_key ApplemdmProvider#api_key}
  */
  readonly apiKey?: string;
  /**
  * Path (relative to this file) of an Apple software lookup catalog (GDMF pmv JSON) used to check enforced versions.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs#catalog ApplemdmProvider#catalog}
  */
  readonly catalog?: string;
  /**
  * PayloadUUIDs of payloads managed outside this stack (per-app VPN, content filter, DNS proxy, relay) that app assignments may reference.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs#external_uuids ApplemdmProvider#external_uuids}
  */
  readonly externalUuids?: string[];
  /**
  * Reverse-DNS prefix for every identifier, e.g. com.example.mdm.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs#identifier_prefix ApplemdmProvider#identifier_prefix}
  */
  readonly identifierPrefix: string;
  /**
  * Delete objects this stack owns that are no longer in the configuration, without passing --prune.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs#prune ApplemdmProvider#prune}
  */
  readonly prune?: boolean | cdktf.IResolvable;
  /**
  * URL of the MDM server. Credentials never go here; they come from environment variables.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs#server ApplemdmProvider#server}
  */
  readonly server?: string;
  /**
  * Stack name: part of every identifier this configuration creates, so two stacks never touch each other's objects.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs#stack ApplemdmProvider#stack}
  */
  readonly stack: string;
  /**
  * Alias name
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs#alias ApplemdmProvider#alias}
  */
  readonly alias?: string;
  /**
  * assets block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs#assets ApplemdmProvider#assets}
  */
  readonly assets?: ApplemdmProviderAssets;
  /**
  * targets block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs#targets ApplemdmProvider#targets}
  */
  readonly targets: ApplemdmProviderTargets;
}
export interface ApplemdmProviderAssets {
  /**
  * HTTPS base URL devices download assets from.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs#base_url ApplemdmProvider#base_url}
  */
  readonly baseUrl?: string;
  /**
  * Local directory (relative to this file) the assets are written to.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs#dir ApplemdmProvider#dir}
  */
  readonly dir?: string;
}

export function applemdmProviderAssetsToTerraform(struct?: ApplemdmProviderAssets): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    base_url: cdktf.stringToTerraform(struct!.baseUrl),
    dir: cdktf.stringToTerraform(struct!.dir),
  }
}


export function applemdmProviderAssetsToHclTerraform(struct?: ApplemdmProviderAssets): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    base_url: {
      value: cdktf.stringToHclTerraform(struct!.baseUrl),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    dir: {
      value: cdktf.stringToHclTerraform(struct!.dir),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export interface ApplemdmProviderTargets {
  /**
  * OS version, e.g. "17.2". Quote it so YAML keeps "17.10" as written.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs#ios ApplemdmProvider#ios}
  */
  readonly ios?: string;
  /**
  * OS version, e.g. "17.2". Quote it so YAML keeps "17.10" as written.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs#macos ApplemdmProvider#macos}
  */
  readonly macos?: string;
  /**
  * OS version, e.g. "17.2". Quote it so YAML keeps "17.10" as written.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs#tvos ApplemdmProvider#tvos}
  */
  readonly tvos?: string;
  /**
  * OS version, e.g. "17.2". Quote it so YAML keeps "17.10" as written.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs#visionos ApplemdmProvider#visionos}
  */
  readonly visionos?: string;
  /**
  * OS version, e.g. "17.2". Quote it so YAML keeps "17.10" as written.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs#watchos ApplemdmProvider#watchos}
  */
  readonly watchos?: string;
}

export function applemdmProviderTargetsToTerraform(struct?: ApplemdmProviderTargets): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    ios: cdktf.stringToTerraform(struct!.ios),
    macos: cdktf.stringToTerraform(struct!.macos),
    tvos: cdktf.stringToTerraform(struct!.tvos),
    visionos: cdktf.stringToTerraform(struct!.visionos),
    watchos: cdktf.stringToTerraform(struct!.watchos),
  }
}


export function applemdmProviderTargetsToHclTerraform(struct?: ApplemdmProviderTargets): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    ios: {
      value: cdktf.stringToHclTerraform(struct!.ios),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    macos: {
      value: cdktf.stringToHclTerraform(struct!.macos),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    tvos: {
      value: cdktf.stringToHclTerraform(struct!.tvos),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    visionos: {
      value: cdktf.stringToHclTerraform(struct!.visionos),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    watchos: {
      value: cdktf.stringToHclTerraform(struct!.watchos),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}


/**
* Represents a {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs applemdm}
*/
export class ApplemdmProvider extends cdktf.TerraformProvider {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "applemdm";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a ApplemdmProvider resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the ApplemdmProvider to import
  * @param importFromId The id of the existing ApplemdmProvider that should be imported. Refer to the {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the ApplemdmProvider to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "applemdm", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/applemdm/applemdm/0.1.0/docs applemdm} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ApplemdmProviderConfig
  */
  public constructor(scope: Construct, id: string, config: ApplemdmProviderConfig) {
    super(scope, id, {
      terraformResourceType: 'applemdm',
      terraformGeneratorMetadata: {
        providerName: 'applemdm',
        providerVersion: '0.1.0'
      },
      terraformProviderSource: 'registry.terraform.io/applemdm/applemdm'
    });
    this._apiKey = config.apiKey;
    this._catalog = config.catalog;
    this._externalUuids = config.externalUuids;
    this._identifierPrefix = config.identifierPrefix;
    this._prune = config.prune;
    this._server = config.server;
    this._stack = config.stack;
    this._alias = config.alias;
    this._assets = config.assets;
    this._targets = config.targets;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // api_key - computed: false, optional: true, required: false
  private _apiKey?: string; 
  public get apiKey() {
    return this._apiKey;
  }
  public set apiKey(value: string | undefined) {
    this._apiKey = value;
  }
  public resetApiKey() {
    this._apiKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiKeyInput() {
    return this._apiKey;
  }

  // catalog - computed: false, optional: true, required: false
  private _catalog?: string; 
  public get catalog() {
    return this._catalog;
  }
  public set catalog(value: string | undefined) {
    this._catalog = value;
  }
  public resetCatalog() {
    this._catalog = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get catalogInput() {
    return this._catalog;
  }

  // external_uuids - computed: false, optional: true, required: false
  private _externalUuids?: string[]; 
  public get externalUuids() {
    return this._externalUuids;
  }
  public set externalUuids(value: string[] | undefined) {
    this._externalUuids = value;
  }
  public resetExternalUuids() {
    this._externalUuids = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get externalUuidsInput() {
    return this._externalUuids;
  }

  // identifier_prefix - computed: false, optional: false, required: true
  private _identifierPrefix?: string; 
  public get identifierPrefix() {
    return this._identifierPrefix;
  }
  public set identifierPrefix(value: string | undefined) {
    this._identifierPrefix = value;
  }
  // Temporarily expose input value. Use with caution.
  public get identifierPrefixInput() {
    return this._identifierPrefix;
  }

  // prune - computed: false, optional: true, required: false
  private _prune?: boolean | cdktf.IResolvable; 
  public get prune() {
    return this._prune;
  }
  public set prune(value: boolean | cdktf.IResolvable | undefined) {
    this._prune = value;
  }
  public resetPrune() {
    this._prune = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pruneInput() {
    return this._prune;
  }

  // server - computed: false, optional: true, required: false
  private _server?: string; 
  public get server() {
    return this._server;
  }
  public set server(value: string | undefined) {
    this._server = value;
  }
  public resetServer() {
    this._server = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serverInput() {
    return this._server;
  }

  // stack - computed: false, optional: false, required: true
  private _stack?: string; 
  public get stack() {
    return this._stack;
  }
  public set stack(value: string | undefined) {
    this._stack = value;
  }
  // Temporarily expose input value. Use with caution.
  public get stackInput() {
    return this._stack;
  }

  // alias - computed: false, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this._alias;
  }
  public set alias(value: string | undefined) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // assets - computed: false, optional: true, required: false
  private _assets?: ApplemdmProviderAssets; 
  public get assets() {
    return this._assets;
  }
  public set assets(value: ApplemdmProviderAssets | undefined) {
    this._assets = value;
  }
  public resetAssets() {
    this._assets = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get assetsInput() {
    return this._assets;
  }

  // targets - computed: false, optional: false, required: true
  private _targets?: ApplemdmProviderTargets; 
  public get targets() {
    return this._targets;
  }
  public set targets(value: ApplemdmProviderTargets | undefined) {
    this._targets = value;
  }
  // Temporarily expose input value. Use with caution.
  public get targetsInput() {
    return this._targets;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      api_key: cdktf.stringToTerraform(this._apiKey),
      catalog: cdktf.stringToTerraform(this._catalog),
      external_uuids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._externalUuids),
      identifier_prefix: cdktf.stringToTerraform(this._identifierPrefix),
      prune: cdktf.booleanToTerraform(this._prune),
      server: cdktf.stringToTerraform(this._server),
      stack: cdktf.stringToTerraform(this._stack),
      alias: cdktf.stringToTerraform(this._alias),
      assets: applemdmProviderAssetsToTerraform(this._assets),
      targets: applemdmProviderTargetsToTerraform(this._targets),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      api_key: {
        value: cdktf.stringToHclTerraform(this._apiKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      catalog: {
        value: cdktf.stringToHclTerraform(this._catalog),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      external_uuids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._externalUuids),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      identifier_prefix: {
        value: cdktf.stringToHclTerraform(this._identifierPrefix),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      prune: {
        value: cdktf.booleanToHclTerraform(this._prune),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      server: {
        value: cdktf.stringToHclTerraform(this._server),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      stack: {
        value: cdktf.stringToHclTerraform(this._stack),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      alias: {
        value: cdktf.stringToHclTerraform(this._alias),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      assets: {
        value: applemdmProviderAssetsToHclTerraform(this._assets),
        isBlock: true,
        type: "list",
        storageClassType: "ApplemdmProviderAssetsList",
      },
      targets: {
        value: applemdmProviderTargetsToHclTerraform(this._targets),
        isBlock: true,
        type: "list",
        storageClassType: "ApplemdmProviderTargetsList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
