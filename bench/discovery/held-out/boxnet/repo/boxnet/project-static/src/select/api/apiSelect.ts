import { RecursivePartial, TomInput, TomOption, TomSettings } from 'tom-select/dist/types/types';
import { addClasses } from 'tom-select/src/vanilla';
import queryString from 'query-string';
import TomSelect from 'tom-select';
import type { Stringifiable } from 'query-string';
import { DynamicParamsMap } from './dynamicParams';
import { getBasePath, getCsrfToken } from '../../util';

// Transitional code
const MAX_OPTIONS = 100;

// Extends TomSelect to provide enhanced fetching of options via the REST API
export class DynamicTomSelect extends TomSelect {
  public readonly nullOption: Nullable<TomOption> = null;

  // Transitional code from APISelect
  private readonly queryParams: QueryFilter = new Map();
  private readonly staticParams: QueryFilter = new Map();
  private readonly dynamicParams: DynamicParamsMap = new DynamicParamsMap();

  /**
   * Overrides
   */

  constructor(input_arg: string | TomInput, user_settings: RecursivePartial<TomSettings>) {
    super(input_arg, user_settings);

    // Glean the REST API endpoint URL from the <select> element
    this.api_url = this.input.getAttribute('data-url') as string;
    this.api_url = `${getBasePath()}${this.api_url.replace(/^\//, '')}`;
  }

  load(value: string) {
    const self = this;
    const url = self.getRequestUrl(value);

    // Automatically clear any cached options. (Only options included
    // in the API response should be present.)
    self.clearOptions();

    addClasses(self.wrapper, self.settings.loadingClass);
    self.loading++;

    // Make the API request against /api/<app>/<model>/
    fetch(url, {
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        'X-CSRFToken': getCsrfToken(),
      },
    })
      .then(response => response.json())
      .then(json => {
        self.loadCallback(json.results, []);
      })
      .catch(() => {
        self.loadCallback([], []);
      });
  }

  // Formulate and return the complete URL for an API request, including any query parameters.
  getRequestUrl(search: string): string {
    let url = this.api_url;

    // Create new URL query parameters based on the current state of the filter map
    const query = {} as Dict<Stringifiable[]>;
    for (const [key, value] of this.queryParams.entries()) {
      query[key] = value;
    }
    query['brief'] = [true];
    query['limit'] = [MAX_OPTIONS];

    if (search) {
      query['q'] = [search];
    }

    // Append any static query parameters
    const parsed = queryString.parseUrl(url);
    url = queryString.stringifyUrl({ url: parsed.url, query: { ...parsed.query, ...query } });

    return url;
  }
}
