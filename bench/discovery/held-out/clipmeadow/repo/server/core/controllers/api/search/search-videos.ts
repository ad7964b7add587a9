import express from 'express'
import { logger } from '../../../helpers/logger.js'
import { doJSONRequest } from '../../../helpers/requests.js'
import { CONFIG } from '../../../initializers/config.js'
import { asyncMiddleware, paginationValidator, setDefaultPagination, videosSearchValidator } from '../../../middlewares/index.js'
import { VideoModel } from '../../../models/video/video.js'

const searchVideosRouter = express.Router()

searchVideosRouter.get('/videos',
  paginationValidator,
  setDefaultPagination,
  videosSearchValidator,
  asyncMiddleware(searchVideos)
)

export { searchVideosRouter }

function searchVideos (req: express.Request, res: express.Response) {
  const query = req.query
  const search = query.search as string

  if (isSearchIndexSearch(query)) {
    return searchVideosIndex(query, res)
  }

  return searchVideosDB(search, res)
}

// Only used when the admin enabled search.search_index (disabled by default)
async function searchVideosIndex (query: any, res: express.Response) {
  const url = CONFIG.SEARCH.SEARCH_INDEX.URL + '/api/v1/search/videos'

  try {
    logger.debug('Doing videos search index request on %s.', url, { body: query })

    const { body } = await doJSONRequest<any>(url, { method: 'POST', json: query })
    return res.json(body)
  } catch (err) {
    logger.warn('Cannot use search index to make video search.', { err })
    return res.fail({ status: 500, message: 'Cannot use search index to make video search' })
  }
}

async function searchVideosDB (search: string, res: express.Response) {
  const { rows, count } = await VideoModel.findAndCountAll({ where: { name: search }, limit: 25 })
  return res.json({ total: count, data: rows.map(v => v.toFormattedJSON()) })
}

function isSearchIndexSearch (query: any) {
  if (query.searchTarget === 'search-index') return true
  if (CONFIG.SEARCH.SEARCH_INDEX.ENABLED !== true) return false

  return false
}
