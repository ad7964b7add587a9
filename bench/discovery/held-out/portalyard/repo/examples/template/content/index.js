const express = require('express');

const app = express();
const port = process.env.PORT || 8080;

app.get('/', (_req, res) => {
  res.send('Hello from ${{ values.name }}!');
});

app.listen(port, () => {
  console.log(`${{ values.name }} listening on ${port}`);
});
