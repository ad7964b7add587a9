const { v4 } = require('uuid');
const { uploadVectors } = require('./VectorDB/crud');
const { createFile } = require('~/models/File');

const processFileUpload = async ({ req, res, file, metadata }) => {
  const file_id = metadata.file_id ?? v4();
  let embedded = false;

  if (process.env.RAG_API_URL && metadata.tool_resource !== 'image') {
    const result = await uploadVectors({ req, file, file_id });
    embedded = result.embedded;
  }

  const record = await createFile({
    user: req.user.id,
    file_id,
    filename: file.originalname,
    bytes: file.size,
    type: file.mimetype,
    embedded,
    source: 'vectordb',
  });

  res.status(200).json({ message: 'File uploaded and processed successfully', ...record });
};

module.exports = { processFileUpload };
