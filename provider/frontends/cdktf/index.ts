export { readSynthesizedStack, loadSynthesizedStack, parseSynthesizedStack, CDKTF_PROJECT_FILE, type ReadSynthOptions, type SynthReadResult } from './read-synth';
export { readCdktfApp, loadCdktfApp, type CdktfAppResult } from './read-app';
export { runCdktfApp, removeAppOutput, APP_TIMEOUT_MS, type AppRun, type RunAppOptions, type SynthesizedStackFile } from './run-app';
export { parseTerraformString, type TerraformString } from './terraform-string';
