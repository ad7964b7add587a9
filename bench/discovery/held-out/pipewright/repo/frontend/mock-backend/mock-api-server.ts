// Copyright 2018 The Kubeflow Authors
// Dev-only mock of the ml-pipeline API server. Started with `npm run mock:api`.
import * as express from 'express';
import { fixedData } from './fixed-data';

const app = express();
const port = process.argv[2] || 3001;
const v1beta1Prefix = '/apis/v1beta1';

app.get(v1beta1Prefix + '/healthz', (_, res) => {
  res.send({ apiServerReady: true, buildDate: 'Today', frontendCommitHash: 'abc', apiServerCommitHash: 'def' });
});

app.get(v1beta1Prefix + '/pipelines', (_, res) => {
  res.json({ pipelines: fixedData.pipelines, total_size: fixedData.pipelines.length });
});

app.get(v1beta1Prefix + '/runs', (_, res) => {
  res.json({ runs: fixedData.runs.map(r => r.run), total_size: fixedData.runs.length });
});

app.listen(port, () => console.log('Mock API server listening on port ' + port));
