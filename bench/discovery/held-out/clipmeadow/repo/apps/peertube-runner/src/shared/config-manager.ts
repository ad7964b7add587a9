import { parse, stringify } from '@iarna/toml'
import envPaths from 'env-paths'
import { ensureDir, pathExists, remove } from 'fs-extra/esm'
import { readFile, writeFile } from 'fs/promises'
import merge from 'lodash-es/merge.js'
import { dirname, join } from 'path'
import { logger } from '../shared/index.js'

const paths = envPaths('peertube-runner')

type Config = {
  jobs: {
    concurrency: number
  }

  ffmpeg: {
    threads: number
    nice: number
  }

  registeredInstances: {
    url: string
    runnerToken: string
    runnerName: string
  }[]
}

export class ConfigManager {
  private static instance: ConfigManager

  private config: Config
  private id: string

  private constructor () {}

  init (id: string) {
    this.id = id
  }

  async load () {
    logger.info(`Using ${this.getConfigFilePath()} as configuration file`)

    this.config = {
      jobs: {
        concurrency: 2
      },
      ffmpeg: {
        threads: 2,
        nice: 20
      },
      registeredInstances: []
    }

    if (await pathExists(this.getConfigFilePath())) {
      const file = await readFile(this.getConfigFilePath(), 'utf-8')
      this.config = merge(this.config, parse(file))
    }
  }

  async setRegisteredInstances (registeredInstances: Config['registeredInstances']) {
    this.config.registeredInstances = registeredInstances

    await this.save()
  }

  private async save () {
    await ensureDir(dirname(this.getConfigFilePath()))
    await writeFile(this.getConfigFilePath(), stringify(this.config))
  }

  getConfig () {
    return this.config
  }

  getTranscodingDirectory () {
    return join(paths.cache, this.id, 'transcoding')
  }

  getConfigFilePath () {
    return join(paths.config, this.id, 'config.toml')
  }

  async removeAppDirectory () {
    await remove(join(paths.config, this.id))
  }

  static get Instance () {
    return this.instance || (this.instance = new this())
  }
}
