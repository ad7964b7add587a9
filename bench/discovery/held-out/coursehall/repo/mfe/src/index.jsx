import { APP_READY, initialize, subscribe } from '@edx/frontend-platform';
import { AppProvider } from '@edx/frontend-platform/react';
import ReactDOM from 'react-dom';

import LearnerDashboard from './LearnerDashboard';

subscribe(APP_READY, () => {
  ReactDOM.render(
    <AppProvider>
      <LearnerDashboard />
    </AppProvider>,
    document.getElementById('root'),
  );
});

initialize({ messages: [] });
