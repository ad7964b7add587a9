import React, { useState } from 'react';
import Authenticate from './Authenticate';
import CreateManifest from './CreateManifest';

function App() {
  const [token, setToken] = useState(localStorage.getItem('token'));

  return (
    <div className="App">
      <h2>Freightyard</h2>
      {token ? <CreateManifest token={token} /> : <Authenticate onAuth={setToken} />}
    </div>
  );
}

export default App;
