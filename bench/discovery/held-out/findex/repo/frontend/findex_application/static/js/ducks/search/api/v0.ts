import axios, { AxiosResponse } from 'axios';

import { ResourceType, SearchFilters } from 'interfaces';

export const BASE_URL = '/api/search/v1';

export interface SearchAPI {
  msg: string;
  search_term: string;
  results: Record<string, any>;
}

export const searchResource = (
  pageIndex: number,
  resources: ResourceType[],
  searchTerm: string,
  filters: SearchFilters = {},
  resultsPerPage: number = 10
) =>
  axios
    .post(`${BASE_URL}/search`, {
      filters,
      pageIndex,
      resources,
      resultsPerPage,
      searchTerm,
    })
    .then((response: AxiosResponse<SearchAPI>) => response.data);
