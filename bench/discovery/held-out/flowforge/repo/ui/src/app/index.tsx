import * as React from 'react';
import {createRoot} from 'react-dom/client';
import {BrowserRouter, Route, Switch} from 'react-router-dom';

import {Login} from './login/login';
import {WorkflowsList} from './workflows/components/workflows-list';

const baseHref = document.querySelector('base')?.getAttribute('href') || '/';

function App() {
    return (
        <BrowserRouter basename={baseHref}>
            <Switch>
                <Route path='/login' component={Login} />
                <Route path='/workflows/:namespace?' component={WorkflowsList} />
            </Switch>
        </BrowserRouter>
    );
}

createRoot(document.getElementById('app')).render(<App />);
