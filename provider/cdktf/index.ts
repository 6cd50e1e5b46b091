/**
 * The TypeScript front end: CDKTF bindings generated from schemas/resources (App, AppAssignment, DeviceGroup,
 * Restrictions, SoftwareUpdate, ApplemdmProvider), typed helpers, and the CDK library itself as `cdk` (so a stack
 * imports App and TerraformStack from here without clashing with the applemdm_app resource class, App).
 */
export * from './bindings';
export * from './helpers';
export * as cdk from './cdk';
