import React, { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Routes, Route } from 'react-router-dom';
import { appService } from './_services/app.service';

function Dashboard() {
  const [apps, setApps] = useState([]);
  useEffect(() => {
    appService.list().then(setApps);
  }, []);
  return (
    <main>
      <h1>Panelsmith</h1>
      <ul>{apps.map((a) => <li key={a.id}>{a.name}</li>)}</ul>
    </main>
  );
}

createRoot(document.getElementById('app')).render(
  <BrowserRouter>
    <Routes>
      <Route path="/*" element={<Dashboard />} />
    </Routes>
  </BrowserRouter>,
);
