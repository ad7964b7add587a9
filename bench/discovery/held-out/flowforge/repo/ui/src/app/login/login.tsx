import * as React from 'react';
import {uiUrl} from '../shared/services/requests';

const logout = () => {
    document.cookie = 'authorization=;Max-Age=0';
    document.location.reload();
};

export function Login() {
    const redirect = new URLSearchParams(document.location.search).get('redirect') || uiUrl('workflows');
    return (
        <div className='login'>
            <h2>Flowforge</h2>
            <p>Sign in with your organisation account.</p>
            <button onClick={() => (document.location.href = uiUrl('oauth2/redirect?redirect=' + encodeURIComponent(redirect)))}>Login via SSO</button>
            <button onClick={logout}>Logout</button>
        </div>
    );
}
