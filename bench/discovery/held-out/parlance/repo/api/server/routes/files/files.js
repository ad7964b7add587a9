const fs = require('fs');
const express = require('express');
const multer = require('multer');
const { processFileUpload } = require('~/server/services/Files/process');
const { deleteVectors } = require('~/server/services/Files/VectorDB/crud');
const requireJwtAuth = require('~/server/middleware/requireJwtAuth');
const { logger } = require('~/config');

const router = express.Router();
const upload = multer({ dest: '/tmp/parlance-uploads' });

router.use(requireJwtAuth);

router.post('/', upload.single('file'), async (req, res) => {
  const metadata = req.body;
  try {
    await processFileUpload({ req, res, file: req.file, metadata });
  } catch (error) {
    logger.error('[/files] Error processing file:', error);
    res.status(500).json({ message: 'Error processing file' });
  } finally {
    fs.promises.unlink(req.file.path).catch(() => {});
  }
});

router.delete('/', async (req, res) => {
  const { files } = req.body;
  await Promise.all(files.map((file) => file.embedded && deleteVectors(req, file)));
  res.status(200).json({ message: 'Files deleted successfully' });
});

module.exports = router;
