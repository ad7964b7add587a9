export enum PhotoVaultWorker {
  Api = 'api',
  Microservices = 'microservices',
}

export enum PhotoVaultEnvironment {
  Development = 'development',
  Testing = 'testing',
  Production = 'production',
}

export enum PhotoVaultTelemetry {
  Host = 'host',
  Api = 'api',
  Io = 'io',
  Repo = 'repo',
  Job = 'job',
}

export enum QueueName {
  ThumbnailGeneration = 'thumbnailGeneration',
  MetadataExtraction = 'metadataExtraction',
  VideoConversion = 'videoConversion',
  FaceDetection = 'faceDetection',
  FacialRecognition = 'facialRecognition',
  SmartSearch = 'smartSearch',
  DuplicateDetection = 'duplicateDetection',
  BackgroundTask = 'backgroundTask',
  StorageTemplateMigration = 'storageTemplateMigration',
  Migration = 'migration',
  Search = 'search',
  Sidecar = 'sidecar',
  Library = 'library',
  Notification = 'notifications',
}

export enum JobName {
  AssetExtractMetadata = 'AssetExtractMetadata',
  AssetGenerateThumbnails = 'AssetGenerateThumbnails',
  AssetEncodeVideo = 'AssetEncodeVideo',
  AssetDetectFaces = 'AssetDetectFaces',
  FacialRecognition = 'FacialRecognition',
  SmartSearch = 'SmartSearch',
  AssetDetectDuplicates = 'AssetDetectDuplicates',
  SendMail = 'SendMail',
  NotifyAlbumInvite = 'NotifyAlbumInvite',
  NotifyAlbumUpdate = 'NotifyAlbumUpdate',
  NotifySignup = 'NotifySignup',
  VersionCheck = 'VersionCheck',
  DatabaseBackup = 'DatabaseBackup',
}

export enum JobStatus {
  Success = 'success',
  Failed = 'failed',
  Skipped = 'skipped',
}

export enum DatabaseExtension {
  Cube = 'cube',
  EarthDistance = 'earthdistance',
  Vector = 'vector',
  Vectors = 'vectors',
  VectorChord = 'vchord',
}

export enum BootstrapEventPriority {
  DatabaseService = -200,
  JobService = -190,
  StorageService = -180,
  SystemConfig = 100,
}

export enum LogLevel {
  Verbose = 'verbose',
  Debug = 'debug',
  Log = 'log',
  Warn = 'warn',
  Error = 'error',
  Fatal = 'fatal',
}

export enum VectorIndex {
  Clip = 'clip_index',
  Face = 'face_index',
}

export enum MetadataKey {
  AuthRoute = 'auth_route',
  AdminRoute = 'admin_route',
  SharedRoute = 'shared_route',
  ApiKeySecurity = 'api_key',
  EventConfig = 'event_config',
  JobConfig = 'job_config',
  TelemetryEnabled = 'telemetry_enabled',
}

export enum SystemMetadataKey {
  ReverseGeocodingState = 'reverse-geocoding-state',
  FacialRecognitionState = 'facial-recognition-state',
  AdminOnboarding = 'admin-onboarding',
  SystemConfig = 'system-config',
  SystemFlags = 'system-flags',
  VersionCheckState = 'version-check-state',
  License = 'license',
}
