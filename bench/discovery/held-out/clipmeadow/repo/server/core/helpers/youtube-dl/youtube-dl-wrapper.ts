import { remove } from 'fs-extra/esm'
import { join } from 'path'
import { logger } from '../logger.js'
import { YoutubeDLCLI } from './youtube-dl-cli.js'

class YoutubeDLWrapper {

  constructor (
    private readonly url: string,
    private readonly enabledResolutions: string[],
    private readonly useBestFormat: boolean
  ) {}

  async downloadVideo (fileExt: string, timeout: number): Promise<string> {
    const youtubeDL = await YoutubeDLCLI.safeGet()

    const pathWithoutExtension = join('/data/tmp', 'import-' + Date.now())
    const output = pathWithoutExtension + '.' + (fileExt ?? 'mp4')

    logger.info('Importing youtubeDL video %s to %s', this.url, output)

    try {
      await youtubeDL.download({ url: this.url, format: this.useBestFormat ? 'best' : 'worst', output, timeout })
      return output
    } catch (err) {
      await remove(output)
      throw err
    }
  }
}

export { YoutubeDLWrapper }
