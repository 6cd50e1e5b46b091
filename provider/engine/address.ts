// The identifier → address rule lives with the resource kinds (it reads their types); the engine keeps its import.
export { addressFromIdentifier } from '../resources/kinds/address';
