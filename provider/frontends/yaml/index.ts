export { loadYamlConfig, type LoadResult } from './load-yaml-config';
export { yamlKinds, yamlKindOf, CONFIG_FILE_NAME, RESOURCE_NAME_PATTERN } from './kinds';
