const mongoose = require('mongoose');

const fileSchema = mongoose.Schema(
  {
    user: { type: mongoose.Schema.Types.ObjectId, ref: 'User', index: true, required: true },
    file_id: { type: String, index: true, required: true },
    filename: { type: String, required: true },
    bytes: { type: Number, required: true },
    type: { type: String, required: true },
    embedded: { type: Boolean },
    source: { type: String, default: 'local' },
  },
  { timestamps: true },
);

const File = mongoose.models.File || mongoose.model('File', fileSchema);

module.exports = {
  File,
  createFile: async (data) => File.findOneAndUpdate({ file_id: data.file_id }, data, { new: true, upsert: true }).lean(),
};
