export const normalizeName = (name) => (name || '').trim().replace(/\s+/g, ' ');

export const truncate = (str, limit = 250) => (str && str.length > limit ? `${str.substring(0, limit)}...` : str);

export const isEmptyField = (field) => field === undefined || field === null || field === '' || (Array.isArray(field) && field.length === 0);
