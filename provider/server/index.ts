// Public surface of the embedded MDM server (see README.md in this folder for the HTTP API and our extensions).
export { startEmbeddedServer, isLoopbackHost, type EmbeddedServer, type EmbeddedServerOptions } from './embedded-server';
export { ServerConfigError } from './config-error';
export { DEFAULT_LIMITS, type ServerLimits } from './limits';
export { silentLogger, stderrLogger, streamLogger, formatLogEntry, type ServerLogger, type LogEntry, type LogLevel } from './logger';
export { DATABASE_FILE } from './store/database';
export { APPLEMDM_EXTENSIONS, type VersionInfo } from './api/version';
export type { BulkDeclaration, BulkDeclarationsPage, BulkSets } from './api/bulk';
export type { AssetListEntry } from './api/assets';
export type { EnrollmentRecord, EnrollmentFacts, NotificationRecord } from './store/enrollments';
export type { DeclarationStatusRecord, StatusErrorRecord, StatusValueRecord } from './store/status';
export { ENROLLMENT_ID_HEADER, type TokensResponse, type DeclarationItemsResponse } from './ddm/device-endpoints';
export { API_USER } from './http/basic-auth';
export type { DeviceAuthOptions } from './device-auth/device-auth-options';
export { certificateFromHeader, rfc9440 } from './device-auth/certificate-header';
