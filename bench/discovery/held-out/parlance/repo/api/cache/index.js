const getLogStores = require('./getLogStores');

const logViolation = async (req, res, type, errorMessage, score = 1) => {
  const userId = req.user?.id ?? req.user?._id ?? req.ip;
  const violationLogs = getLogStores(type);
  const key = `${type}:${userId}`;
  const userViolations = (await violationLogs.get(key)) ?? 0;
  await violationLogs.set(key, userViolations + Number(score));
};

module.exports = { getLogStores, logViolation };
