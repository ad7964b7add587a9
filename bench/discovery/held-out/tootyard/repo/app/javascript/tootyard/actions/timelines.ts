import api, { getLinks } from '../api';
import { connectStream } from '../stream';

export const TIMELINE_UPDATE = 'TIMELINE_UPDATE';
export const TIMELINE_DELETE = 'TIMELINE_DELETE';
export const TIMELINE_EXPAND_SUCCESS = 'TIMELINE_EXPAND_SUCCESS';

type Dispatch = (action: unknown) => void;

export const updateTimeline = (timeline: string, status: unknown) => ({ type: TIMELINE_UPDATE, timeline, status });

export const expandTimeline = (timelineId: string, path: string, params: Record<string, unknown> = {}) => async (dispatch: Dispatch) => {
  const response = await api().get(path, { params });
  const next = getLinks(response).refs.find(link => link.rel === 'next');
  dispatch({ type: TIMELINE_EXPAND_SUCCESS, timeline: timelineId, statuses: response.data, next: next ? next.uri : null });
};

export const expandHomeTimeline = ({ maxId }: { maxId?: string } = {}) => expandTimeline('home', '/api/v1/timelines/home', { max_id: maxId });
export const expandPublicTimeline = ({ maxId, onlyMedia }: { maxId?: string; onlyMedia?: boolean } = {}) =>
  expandTimeline(`public${onlyMedia ? ':media' : ''}`, '/api/v1/timelines/public', { max_id: maxId, only_media: !!onlyMedia });

export const connectUserStream = () => (dispatch: Dispatch) =>
  connectStream('user', {}, {
    received(data) {
      switch (data.event) {
      case 'update':
        dispatch(updateTimeline('home', JSON.parse(data.payload)));
        break;
      case 'delete':
        dispatch({ type: TIMELINE_DELETE, id: data.payload });
        break;
      }
    },
  });

export const connectPublicStream = ({ onlyMedia }: { onlyMedia?: boolean } = {}) => (dispatch: Dispatch) =>
  connectStream(`public${onlyMedia ? ':media' : ''}`, {}, {
    received(data) {
      if (data.event === 'update') dispatch(updateTimeline('public', JSON.parse(data.payload)));
    },
  });
