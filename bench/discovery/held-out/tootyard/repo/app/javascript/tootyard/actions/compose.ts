import api from '../api';

export const COMPOSE_SUBMIT_SUCCESS = 'COMPOSE_SUBMIT_SUCCESS';
export const COMPOSE_UPLOAD_SUCCESS = 'COMPOSE_UPLOAD_SUCCESS';

type Dispatch = (action: unknown) => void;

export const submitCompose = (text: string, mediaIds: string[], visibility: string, idempotencyKey: string) => async (dispatch: Dispatch) => {
  const response = await api().post('/api/v1/statuses', { status: text, media_ids: mediaIds, visibility }, {
    headers: { 'Idempotency-Key': idempotencyKey },
  });
  dispatch({ type: COMPOSE_SUBMIT_SUCCESS, status: response.data });
};

export const uploadCompose = (file: File) => async (dispatch: Dispatch) => {
  const data = new FormData();
  data.append('file', file);
  // Upload goes to Rails, which stores the file in object storage via Paperclip.
  const response = await api().post('/api/v2/media', data);
  dispatch({ type: COMPOSE_UPLOAD_SUCCESS, media: response.data });
};

export const search = (q: string) => api().get('/api/v2/search', { params: { q, resolve: true, limit: 5 } });
