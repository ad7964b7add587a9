import rison from 'rison';
import { VizdashClient, t } from '@northlight/vizdash-ui-core';
import { addDangerToast, addSuccessToast } from 'src/components/MessageToasts/actions';

export const SET_REPORT = 'SET_REPORT';
export const ADD_REPORT = 'ADD_REPORT';
export const EDIT_REPORT = 'EDIT_REPORT';

export function setReport(report: any, resourceId: number, creationMethod: string, filterField: string) {
  return { type: SET_REPORT, report, resourceId, creationMethod, filterField };
}

export const addReport = (report: any) => (dispatch: any) =>
  VizdashClient.post({
    endpoint: `/api/v1/report/`,
    jsonPayload: report,
  }).then(({ json }) => {
    dispatch({ type: ADD_REPORT, json });
    dispatch(addSuccessToast(t('The report has been created')));
  });

export const editReport = (id: number, report: any) => (dispatch: any) =>
  VizdashClient.put({
    endpoint: `/api/v1/report/${id}`,
    jsonPayload: report,
  }).then(({ json }) => {
    dispatch({ type: EDIT_REPORT, json });
    dispatch(addSuccessToast(t('Report updated')));
  });

// Slack channel picker in the report modal; the backend proxies the Slack API.
export const fetchSlackChannels = (searchString = '', force = false) =>
  VizdashClient.get({
    endpoint: `/api/v1/report/slack_channels/?q=${rison.encode({
      search_string: searchString,
      types: ['public_channel', 'private_channel'],
      force,
    })}`,
  })
    .then(({ json }) => json.result)
    .catch(() => {
      addDangerToast(t('There was an issue fetching Slack channels'));
      return [];
    });
