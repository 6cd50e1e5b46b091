export { loadYamlConfig, type LoadResult } from './load-yaml-config';
export { YAML_KINDS, CONFIG_FILE_NAME, RESOURCE_NAME_PATTERN, type YamlKind } from './kinds';
