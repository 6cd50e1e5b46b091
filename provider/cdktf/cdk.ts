/**
 * The one module that imports the CDK for Terraform library. The generated bindings and the example import cdktf
 * through here, so moving to CDK Terrain (the community fork) is this line plus the package.json dependency:
 * `export * from 'cdktn';` with "cdktn": "0.24.0" and "constructs" pinned to ">=10.6 <10.8".
 */
export * from 'cdktf';
