import axios from 'axios';

// Integration tests run against a locally started platform (NODE_ENV=test, port 4010)
export const API_URI = 'http://localhost:4010/graphql';
export const ADMIN_TOKEN = 'd434ce02-e58e-4cac-8b4c-42bf16748e84';

export const queryAsAdmin = async (query, variables = {}) => {
  const { data } = await axios.post(API_URI, { query, variables }, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });
  return data;
};
