import React, { useEffect, useMemo } from 'react';

import { Button, LoadingPlaceholder, Table } from '@grafana/ui';
import { observer } from 'mobx-react';

import { AlertGroupState, AlertGroupStore } from 'models/alertgroup/alertgroup';
import { DOCS_ROOT } from 'utils/consts';

export const IncidentsPage = observer(() => {
  const store = useMemo(() => new AlertGroupStore(), []);

  useEffect(() => {
    store.fetchAlertGroups(AlertGroupState.New);
  }, [store]);

  if (store.loading) {
    return <LoadingPlaceholder text="Loading alert groups..." />;
  }

  return (
    <div>
      <p>
        New to Pagerloft? Read the <a href={`${DOCS_ROOT}/alert-groups`}>alert group docs</a>.
      </p>
      {store.items.map((ag) => (
        <div key={ag.id} data-testid="alert-group-row">
          <span>{ag.title}</span>
          <Button size="sm" onClick={() => store.doAction(ag.id, 'acknowledge')}>
            Acknowledge
          </Button>
          <Button size="sm" variant="secondary" onClick={() => store.doAction(ag.id, 'resolve')}>
            Resolve
          </Button>
        </div>
      ))}
    </div>
  );
});
