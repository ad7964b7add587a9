import { action, makeObservable, observable, runInAction } from 'mobx';

import { makeRequest } from 'network';

export enum AlertGroupState {
  New = 0,
  Acknowledged = 1,
  Resolved = 2,
  Silenced = 3,
}

export interface AlertGroup {
  id: number;
  title: string;
  state: AlertGroupState;
  started_at: string;
  escalation_step: number;
}

export type AlertGroupAction = 'acknowledge' | 'resolve' | 'silence';

export class AlertGroupStore {
  path = '/alertgroups/';

  @observable items: AlertGroup[] = [];
  @observable loading = false;

  constructor() {
    makeObservable(this);
  }

  @action.bound
  async fetchAlertGroups(state?: AlertGroupState) {
    this.loading = true;
    const items = await makeRequest<AlertGroup[]>(this.path, { params: state === undefined ? {} : { state } });
    runInAction(() => {
      this.items = items;
      this.loading = false;
    });
  }

  @action.bound
  async doAction(id: number, act: AlertGroupAction) {
    const updated = await makeRequest<AlertGroup>(`${this.path}${id}/${act}/`, { method: 'POST' });
    runInAction(() => {
      this.items = this.items.map((ag) => (ag.id === id ? updated : ag));
    });
  }
}
