import { execa, Options as ExecaNodeOptions } from 'execa'
import { ensureDir, pathExists } from 'fs-extra/esm'
import { writeFile } from 'fs/promises'
import { join } from 'path'
import { CONFIG } from '../../initializers/config.js'
import { logger } from '../logger.js'
import { getProxy, isProxyEnabled } from '../proxy.js'
import { peertubeGot } from '../requests.js'

export class YoutubeDLCLI {

  static async safeGet () {
    if (!await pathExists(YoutubeDLCLI.getYoutubeDLPath())) {
      await YoutubeDLCLI.updateYoutubeDLBinary()
    }

    return new YoutubeDLCLI()
  }

  // Download the latest yt-dlp release (GitHub releases API by default)
  static async updateYoutubeDLBinary () {
    const url = CONFIG.IMPORT.VIDEOS.HTTP.YOUTUBE_DL_RELEASE.URL
    const releaseName = CONFIG.IMPORT.VIDEOS.HTTP.YOUTUBE_DL_RELEASE.NAME

    logger.info('Updating youtubeDL binary from %s.', url)

    const gotOptions = {
      context: { bodyKBLimit: 20_000 },
      responseType: 'buffer' as 'buffer'
    }

    try {
      let gotResult = await peertubeGot(url, gotOptions)
      const releases = JSON.parse(gotResult.body.toString())
      const asset = releases[0].assets.find(a => a.name === releaseName)
      gotResult = await peertubeGot(asset.browser_download_url, gotOptions)

      await ensureDir(CONFIG.STORAGE?.BIN_DIR ?? '/data/bin')
      await writeFile(YoutubeDLCLI.getYoutubeDLPath(), gotResult.body, { mode: 0o700 })

      logger.info('youtube-dl updated %s.', YoutubeDLCLI.getYoutubeDLPath())
    } catch (err) {
      logger.error('Cannot update youtube-dl from %s.', url, { err })
    }
  }

  static getYoutubeDLPath () {
    return join(CONFIG.STORAGE?.BIN_DIR ?? '/data/bin', CONFIG.IMPORT.VIDEOS.HTTP.YOUTUBE_DL_RELEASE.NAME)
  }

  // url is the video URL submitted by the user in the import form
  async download (options: { url: string, format: string, output: string, timeout?: number }) {
    const args = [ '--format', options.format, '-o', options.output ]

    if (isProxyEnabled()) args.push('--proxy', getProxy())

    const subProcess = execa(YoutubeDLCLI.getYoutubeDLPath(), [ ...args, options.url ], { timeout: options.timeout } as ExecaNodeOptions)

    return subProcess
  }
}
