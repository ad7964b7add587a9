import config from 'config'
import bytes from 'bytes'

function getWebserverUrl () {
  const https = config.get<boolean>('webserver.https')
  const port = config.get<number>('webserver.port')
  const host = config.get<string>('webserver.hostname')
  const portPart = (https && port === 443) || (!https && port === 80) ? '' : ':' + port
  return (https ? 'https://' : 'http://') + host + portPart
}

const CONFIG = {
  LISTEN: {
    PORT: config.get<number>('listen.port'),
    HOSTNAME: config.get<string>('listen.hostname')
  },
  TRUST_PROXY: config.get<string[]>('trust_proxy'),
  DATABASE: {
    DBNAME: config.has('database.name') && config.get<string>('database.name')
      ? config.get<string>('database.name')
      : 'peertube' + config.get<string>('database.suffix'),
    HOSTNAME: config.get<string>('database.hostname'),
    PORT: config.get<number>('database.port'),
    SSL: config.get<boolean>('database.ssl'),
    USERNAME: config.get<string>('database.username'),
    PASSWORD: config.get<string>('database.password'),
    POOL: { MAX: config.get<number>('database.pool.max') }
  },
  REDIS: {
    HOSTNAME: config.has('redis.hostname') ? config.get<string>('redis.hostname') : null,
    PORT: config.has('redis.port') ? config.get<number>('redis.port') : null,
    SOCKET: config.has('redis.socket') ? config.get<string>('redis.socket') : null,
    AUTH: config.has('redis.auth') ? config.get<string>('redis.auth') : null,
    DB: config.has('redis.db') ? config.get<number>('redis.db') : null
  },
  SMTP: {
    TRANSPORT: config.has('smtp.transport') ? config.get<string>('smtp.transport') : 'smtp',
    SENDMAIL: config.has('smtp.sendmail') ? config.get<string>('smtp.sendmail') : null,
    HOSTNAME: config.get<string>('smtp.hostname'),
    PORT: config.get<number>('smtp.port'),
    USERNAME: config.get<string>('smtp.username'),
    PASSWORD: config.get<string>('smtp.password'),
    TLS: config.get<boolean>('smtp.tls'),
    DISABLE_STARTTLS: config.get<boolean>('smtp.disable_starttls'),
    CA_FILE: config.get<string>('smtp.ca_file'),
    FROM_ADDRESS: config.get<string>('smtp.from_address')
  },
  OBJECT_STORAGE: {
    ENABLED: config.get<boolean>('object_storage.enabled'),
    MAX_SINGLE_PART_UPLOAD_SIZE: bytes.parse(config.get<string>('object_storage.max_upload_part')),
    MAX_REQUEST_ATTEMPTS: config.get<number>('object_storage.max_request_attempts'),
    ENDPOINT: config.get<string>('object_storage.endpoint'),
    REGION: config.get<string>('object_storage.region'),
    UPLOAD_ACL: {
      PUBLIC: config.get<string>('object_storage.upload_acl.public'),
      PRIVATE: config.get<string>('object_storage.upload_acl.private')
    },
    CREDENTIALS: {
      ACCESS_KEY_ID: config.get<string>('object_storage.credentials.access_key_id'),
      SECRET_ACCESS_KEY: config.get<string>('object_storage.credentials.secret_access_key')
    },
    WEB_VIDEOS: {
      BUCKET_NAME: config.get<string>('object_storage.web_videos.bucket_name'),
      PREFIX: config.get<string>('object_storage.web_videos.prefix'),
      BASE_URL: config.get<string>('object_storage.web_videos.base_url')
    },
    HLS: {
      BUCKET_NAME: config.get<string>('object_storage.streaming_playlists.bucket_name'),
      PREFIX: config.get<string>('object_storage.streaming_playlists.prefix'),
      BASE_URL: config.get<string>('object_storage.streaming_playlists.base_url')
    },
    CAPTIONS: {
      BUCKET_NAME: config.get<string>('object_storage.captions.bucket_name'),
      PREFIX: config.get<string>('object_storage.captions.prefix'),
      BASE_URL: config.get<string>('object_storage.captions.base_url')
    }
  },
  OPEN_TELEMETRY: {
    METRICS: {
      ENABLED: config.get<boolean>('open_telemetry.metrics.enabled'),
      PROMETHEUS_EXPORTER: {
        HOSTNAME: config.get<string>('open_telemetry.metrics.prometheus_exporter.hostname'),
        PORT: config.get<number>('open_telemetry.metrics.prometheus_exporter.port')
      }
    },
    TRACING: {
      ENABLED: config.get<boolean>('open_telemetry.tracing.enabled'),
      JAEGER_EXPORTER: { ENDPOINT: config.get<string>('open_telemetry.tracing.jaeger_exporter.endpoint') }
    }
  },
  PEERTUBE: {
    CHECK_LATEST_VERSION: {
      ENABLED: config.get<boolean>('peertube.check_latest_version.enabled'),
      URL: config.get<string>('peertube.check_latest_version.url')
    }
  },
  PLUGINS: {
    INDEX: {
      ENABLED: config.get<boolean>('plugins.index.enabled'),
      CHECK_LATEST_VERSIONS_INTERVAL: config.get<string>('plugins.index.check_latest_versions_interval'),
      URL: config.get<string>('plugins.index.url')
    }
  },
  SEARCH: {
    SEARCH_INDEX: {
      get ENABLED () { return config.get<boolean>('search.search_index.enabled') },
      get URL () { return config.get<string>('search.search_index.url') }
    }
  },
  FOLLOWINGS: {
    INSTANCE: {
      AUTO_FOLLOW_INDEX: {
        get ENABLED () { return config.get<boolean>('followings.instance.auto_follow_index.enabled') },
        get INDEX_URL () { return config.get<string>('followings.instance.auto_follow_index.index_url') }
      }
    }
  },
  IMPORT: {
    VIDEOS: {
      HTTP: {
        get ENABLED () { return config.get<boolean>('import.videos.http.enabled') },
        YOUTUBE_DL_RELEASE: {
          get URL () { return config.get<string>('import.videos.http.youtube_dl_release.url') },
          get NAME () { return config.get<string>('import.videos.http.youtube_dl_release.name') }
        }
      }
    }
  },
  LIVE: {
    get ENABLED () { return config.get<boolean>('live.enabled') },
    RTMP: {
      get ENABLED () { return config.get<boolean>('live.rtmp.enabled') },
      get PORT () { return config.get<number>('live.rtmp.port') },
      get HOSTNAME () { return config.get<string>('live.rtmp.hostname') }
    }
  },
  TRANSCODING: {
    REMOTE_RUNNERS: {
      get ENABLED () { return config.get<boolean>('transcoding.remote_runners.enabled') }
    }
  }
}

const WEBSERVER = { URL: getWebserverUrl() }

function checkConfig () {
  if (!config.get<string>('secrets.peertube')) {
    throw new Error('secrets.peertube is missing in configuration')
  }
}

export { CONFIG, WEBSERVER, checkConfig }
