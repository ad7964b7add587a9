interface InitialStateMeta {
  access_token: string;
  domain: string;
  locale: string;
  me?: string;
  streaming_api_base_url: string;
  translation_enabled: boolean;
  search_enabled: boolean;
  sso_redirect?: string;
}

interface InitialState {
  meta: InitialStateMeta;
}

const element = document.getElementById('initial-state');
const initialState = element?.textContent && (JSON.parse(element.textContent) as InitialState);

function getMeta<K extends keyof InitialStateMeta>(prop: K): InitialStateMeta[K] | undefined {
  return initialState ? initialState.meta[prop] : undefined;
}

export const me = getMeta('me');
export const domain = getMeta('domain');
export const locale = getMeta('locale');
// Rendered by the Rails layout from STREAMING_API_BASE_URL (defaults to wss://<LOCAL_DOMAIN>)
export const streamingAPIBaseURL = getMeta('streaming_api_base_url');
export const translationEnabled = getMeta('translation_enabled');
export const searchEnabled = getMeta('search_enabled');

export const getAccessToken = () => getMeta('access_token');

export default initialState;
