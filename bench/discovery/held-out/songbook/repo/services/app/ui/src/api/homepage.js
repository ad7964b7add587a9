import axios from 'axios';

const http = axios.create({ timeout: 5000 });

export async function fetchHomepage() {
  const { data } = await http.get('/homepage');
  return {
    top: data.top || [],
    rcmd: data.rcmd || [],
  };
}

export async function fetchTrending() {
  const { data } = await http.get('/api/trending');
  return data;
}
