import api, { apiRequestPost } from '../api';

export const STATUS_FETCH_SUCCESS = 'STATUS_FETCH_SUCCESS';
export const STATUS_DELETE_SUCCESS = 'STATUS_DELETE_SUCCESS';
export const STATUS_TRANSLATE_SUCCESS = 'STATUS_TRANSLATE_SUCCESS';
export const STATUS_TRANSLATE_FAIL = 'STATUS_TRANSLATE_FAIL';

type Dispatch = (action: unknown) => void;

export const fetchStatus = (id: string) => async (dispatch: Dispatch) => {
  const response = await api().get(`/api/v1/statuses/${id}`);
  dispatch({ type: STATUS_FETCH_SUCCESS, status: response.data });
};

export const deleteStatus = (id: string, withRedraft = false) => async (dispatch: Dispatch) => {
  const response = await api().delete(`/api/v1/statuses/${id}`, { params: { delete_media: !withRedraft } });
  dispatch({ type: STATUS_DELETE_SUCCESS, id, status: response.data });
};

// The translate button is only rendered when initial_state.translation_enabled is true;
// the browser always talks to our own API, never to DeepL/LibreTranslate directly.
export const translateStatus = (id: string) => async (dispatch: Dispatch) => {
  try {
    const translation = await apiRequestPost(`v1/statuses/${id}/translate`);
    dispatch({ type: STATUS_TRANSLATE_SUCCESS, id, translation });
  } catch (error) {
    dispatch({ type: STATUS_TRANSLATE_FAIL, id, error });
  }
};
