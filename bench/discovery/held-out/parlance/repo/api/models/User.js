const mongoose = require('mongoose');

const userSchema = mongoose.Schema(
  {
    name: { type: String },
    username: { type: String, lowercase: true, default: '' },
    email: { type: String, required: [true, 'can\'t be blank'], lowercase: true, unique: true },
    emailVerified: { type: Boolean, required: true, default: false },
    password: { type: String, trim: true, minlength: 8, maxlength: 128 },
    avatar: { type: String },
    provider: { type: String, required: true, default: 'local' },
    role: { type: String, default: 'USER' },
    refreshToken: { type: [{ refreshToken: String }] },
  },
  { timestamps: true },
);

module.exports = mongoose.models.User || mongoose.model('User', userSchema);
