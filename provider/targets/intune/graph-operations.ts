import type { AppAssignmentWrite, ConfigurationDelete, ConfigurationWrite } from '../../backends/intune/graph-writes';

/** Writes to Microsoft Graph (the intune backend): an app's assignment list, an owned configuration, its removal. */
export type GraphOperation =
  | { op: 'graph-assign-app'; phase: number; address: string; write: AppAssignmentWrite }
  | { op: 'graph-put-configuration'; phase: number; address: string; write: ConfigurationWrite }
  | { op: 'graph-delete-configuration'; phase: number; address: string; target: ConfigurationDelete };
