const FALSE_VALUES = [false, 0, '0', 'f', 'F', 'false', 'FALSE', 'off', 'OFF'];

export function isTruthy(value) {
  return value && !FALSE_VALUES.includes(value);
}

export function firstParam(arrayOrString) {
  return Array.isArray(arrayOrString) ? arrayOrString[0] : arrayOrString;
}

export function normalizeHashtag(str) {
  return str && str.normalize('NFKC').toLowerCase();
}

export function parseIntFromEnvValue(value, defaultValue, variableName) {
  if (typeof value === 'string' && value.length > 0) {
    const parsedValue = parseInt(value, 10);
    if (isNaN(parsedValue)) throw new Error(`Invalid ${variableName} environment value: ${value}`);
    return parsedValue;
  }
  return defaultValue;
}
