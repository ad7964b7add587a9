export const IS_PLATFORM = process.env.NEXT_PUBLIC_IS_PLATFORM === 'true'

// Server-side only: the pg-meta service the dashboard uses for all database introspection
export const PG_META_URL = IS_PLATFORM
  ? process.env.PLATFORM_PG_META_URL
  : process.env.STUDIO_PG_META_URL

// Server-side only: the gateway in front of auth, storage, rest etc.
export const BASEKIT_URL = process.env.BASEKIT_URL ?? 'http://kong:8000'
export const BASEKIT_SERVICE_KEY = process.env.BASEKIT_SERVICE_KEY ?? ''

// Analytics (Logtide) private API used by the logs explorer
export const LOGTIDE_URL = process.env.LOGTIDE_URL ?? 'http://analytics:4000'
export const LOGTIDE_PRIVATE_ACCESS_TOKEN = process.env.LOGTIDE_PRIVATE_ACCESS_TOKEN ?? ''

export const DEFAULT_PROJECT = {
  id: 1,
  ref: 'default',
  name: process.env.DEFAULT_PROJECT_NAME || 'Default Project',
  organization_id: 1,
  cloud_provider: 'localhost',
  status: 'ACTIVE_HEALTHY',
  region: 'local',
  inserted_at: '2021-08-02T06:40:40.646Z',
}

export const OPENAI_API_KEY = process.env.OPENAI_API_KEY ?? ''
