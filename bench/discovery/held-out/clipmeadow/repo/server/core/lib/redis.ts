import IoRedis, { RedisOptions } from 'ioredis'
import { logger } from '../helpers/logger.js'
import { CONFIG, WEBSERVER } from '../initializers/config.js'

const VIEW_LIFETIME = 60 * 60 * 1000 // 1 hour
const CONTACT_FORM_LIFETIME = 60 * 60 * 1000

class Redis {

  private static instance: Redis
  private initialized = false
  private connected = false
  private client: IoRedis
  private prefix: string

  private constructor () {}

  init () {
    // Already initialized
    if (this.initialized === true) return
    this.initialized = true

    const redisMode = CONFIG.REDIS.SOCKET ? 'socket' : 'standalone'
    logger.info('Connecting to redis ' + redisMode + '...')

    this.client = new IoRedis(Redis.getRedisClientOptions('', { enableAutoPipelining: true }))
    this.client.on('error', err => logger.error('Redis failed to connect', { err }))
    this.client.on('connect', () => {
      logger.info('Connected to redis.')
      this.connected = true
    })
    this.client.on('reconnecting', (ms) => logger.error(`Reconnecting to redis in ${ms}.`))
    this.client.on('close', () => {
      logger.error('Connection to redis has closed.')
      this.connected = false
    })

    this.prefix = 'redis-' + WEBSERVER.URL + '-'
  }

  static getRedisClientOptions (name?: string, options: RedisOptions = {}): RedisOptions {
    const connectionName = [ 'Clipmeadow', name ].join('')
    const connectTimeout = 20000 // Could be slow since node use sync call to compile PeerTube

    return {
      connectionName,
      connectTimeout,
      password: CONFIG.REDIS.AUTH,
      db: CONFIG.REDIS.DB,
      host: CONFIG.REDIS.HOSTNAME,
      port: CONFIG.REDIS.PORT,
      path: CONFIG.REDIS.SOCKET,
      showFriendlyErrorStack: true,
      ...options
    }
  }

  getClient () {
    return this.client
  }

  getPrefix () {
    return this.prefix
  }

  isConnected () {
    return this.connected
  }

  /* ************ Forgot password ************ */

  async setResetPasswordVerificationString (userId: number, token: string) {
    await this.setValue(this.generateResetPasswordKey(userId), token, 60 * 60 * 1000)
  }

  /* ************ Contact form per IP ************ */

  async setContactFormIp (ip: string) {
    return this.setValue(this.generateContactFormKey(ip), '1', CONTACT_FORM_LIFETIME)
  }

  async doesContactFormIpExist (ip: string) {
    return this.exists(this.generateContactFormKey(ip))
  }

  /* ************ Video views stats ************ */

  addVideoViewStats (videoId: number) {
    const { videoKey, setKey } = this.generateVideoViewStatsKeys({ videoId })

    return Promise.all([
      this.addToSet(setKey, videoId.toString()),
      this.increment(videoKey)
    ])
  }

  async getVideoViewsStats (videoId: number, hour: number) {
    const { videoKey } = this.generateVideoViewStatsKeys({ videoId, hour })

    const valueString = await this.getValue(videoKey)
    const valueInt = parseInt(valueString, 10)

    if (isNaN(valueInt)) {
      logger.error('Cannot get videos views stats of video %d in hour %d: views number is NaN (%s).', videoId, hour, valueString)
      return undefined
    }

    return valueInt
  }

  setIPVideoView (ip: string, videoUUID: string) {
    return this.setValue(this.generateIPViewKey(ip, videoUUID), '1', VIEW_LIFETIME)
  }

  /* ************ Keys generation ************ */

  private generateVideoViewStatsKeys (options: { videoId?: number, hour?: number }) {
    const hour = options.hour ?? new Date().getHours()
    return { setKey: `videos-view-h${hour}`, videoKey: `video-view-${options.videoId}-h${hour}` }
  }

  private generateResetPasswordKey (userId: number) {
    return 'reset-password-' + userId
  }

  private generateContactFormKey (ip: string) {
    return 'contact-form-' + ip
  }

  private generateIPViewKey (ip: string, videoUUID: string) {
    return `views-${videoUUID}-${ip}`
  }

  /* ************ Redis helpers ************ */

  private getValue (key: string) {
    return this.client.get(this.prefix + key)
  }

  private addToSet (key: string, value: string) {
    return this.client.sadd(this.prefix + key, value)
  }

  private setValue (key: string, value: string, expirationMilliseconds?: number) {
    const options = expirationMilliseconds ? { PX: expirationMilliseconds } : {}
    return this.client.set(this.prefix + key, value, 'PX', options.PX ?? 0)
  }

  private increment (key: string) {
    return this.client.incr(this.prefix + key)
  }

  private async exists (key: string) {
    const result = await this.client.exists(this.prefix + key)
    return result !== 0
  }

  static get Instance () {
    return this.instance || (this.instance = new this())
  }
}

export { Redis }
