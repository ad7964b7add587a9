import React from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Routes, Route } from 'react-router-dom';
import Vote from './components/Vote.jsx';
import Leaderboard from './components/Leaderboard.jsx';
import '../css/styles.css';

const root = createRoot(document.getElementById('main'));
root.render(
  <BrowserRouter>
    <Routes>
      <Route path="/" element={<Vote />} />
      <Route path="/leaderboard" element={<Leaderboard />} />
    </Routes>
  </BrowserRouter>
);
