/**
 * Checks if the given value is truthy by being either the boolean `true` or a string
 * that case-insensitively matches 'true'.
 */
function isEnabled(value) {
  if (typeof value === 'boolean') {
    return value;
  }
  if (typeof value === 'string') {
    return value.toLowerCase().trim() === 'true';
  }
  return false;
}

/** Replaces `${VAR}` placeholders with environment variable values. */
function extractEnvVariable(value) {
  const envVarMatch = typeof value === 'string' && value.match(/^\${(.+)}$/);
  if (envVarMatch) {
    return process.env[envVarMatch[1]] || value;
  }
  return value;
}

module.exports = { isEnabled, extractEnvVariable };
