import React from 'react';
import AppBar from '@mui/material/AppBar';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';

const TopBar = () => (
  <AppBar position="fixed">
    <Toolbar>
      <Typography variant="h6">OpenCTI</Typography>
      {/* Documentation link only */}
      <a href="https://docs.opencti.io" target="_blank" rel="noreferrer">Docs</a>
    </Toolbar>
  </AppBar>
);

export default TopBar;
