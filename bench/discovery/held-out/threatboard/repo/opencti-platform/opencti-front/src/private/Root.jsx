import React from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import TopBar from '../components/TopBar';
import Reports from './Reports';

const Root = () => (
  <BrowserRouter basename={window.BASE_PATH || '/'}>
    <TopBar />
    <Routes>
      <Route path="/dashboard/analyses/reports" element={<Reports />} />
    </Routes>
  </BrowserRouter>
);

export default Root;
