import React from 'react';
import { makeStyles } from '@material-ui/core';

const useStyles = makeStyles({
  svg: {
    width: 'auto',
    height: 30,
  },
  path: {
    fill: '#7df3e1',
  },
});

const LogoFull = () => {
  const classes = useStyles();

  return (
    <svg
      className={classes.svg}
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 600 120"
    >
      <path
        className={classes.path}
        d="M20 100 L20 20 L60 20 Q90 20 90 45 Q90 70 60 70 L40 70 L40 100 Z M40 35 L40 55 L58 55 Q70 55 70 45 Q70 35 58 35 Z"
      />
      <text x="110" y="80" fontSize="64" fill="#7df3e1">
        Portalyard
      </text>
    </svg>
  );
};

export default LogoFull;
