const express = require('express');
const router = express.Router();
const { loginController, registrationController, resetPasswordRequestController } =
  require('~/server/controllers/AuthController');
const { loginLimiter, registerLimiter } = require('~/server/middleware/limiters');

router.post('/login', loginLimiter, loginController);
router.post('/register', registerLimiter, registrationController);
router.post('/requestPasswordReset', resetPasswordRequestController);

module.exports = router;
