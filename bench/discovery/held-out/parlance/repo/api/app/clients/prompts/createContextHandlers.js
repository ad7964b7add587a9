const axios = require('axios');
const { isEnabled } = require('~/server/utils');
const { logger } = require('~/config');

function createContextHandlers(req, userMessageContent) {
  if (!process.env.RAG_API_URL) {
    return;
  }

  const queryPromises = [];
  const processedFiles = [];
  const processedIds = new Set();
  const jwtToken = req.headers.authorization.split(' ')[1];
  const useFullContext = isEnabled(process.env.RAG_USE_FULL_CONTEXT);

  const query = async (file) => {
    if (useFullContext) {
      return axios.get(`${process.env.RAG_API_URL}/documents/${file.file_id}/context`, {
        headers: { Authorization: `Bearer ${jwtToken}` },
      });
    }

    return axios.post(
      `${process.env.RAG_API_URL}/query`,
      { file_id: file.file_id, query: userMessageContent, k: 4 },
      { headers: { Authorization: `Bearer ${jwtToken}`, 'Content-Type': 'application/json' } },
    );
  };

  const processFile = async (file) => {
    if (file.embedded && !processedIds.has(file.file_id)) {
      try {
        queryPromises.push(query(file));
        processedFiles.push(file);
        processedIds.add(file.file_id);
      } catch (error) {
        logger.error(`Error processing file ${file.filename}:`, error);
      }
    }
  };

  const createContext = async () => {
    const resolvedQueries = await Promise.all(queryPromises);
    const context = resolvedQueries
      .map((queryResult, index) => {
        const file = processedFiles[index];
        const contextItems = useFullContext
          ? queryResult.data
          : queryResult.data.map(([doc]) => doc.page_content).join('\n');
        return `<file><filename>${file.filename}</filename><context>${contextItems}</context></file>`;
      })
      .join('');
    return `The user has attached files. Use this context to answer:\n<files>${context}</files>`;
  };

  return { processFile, createContext };
}

module.exports = createContextHandlers;
