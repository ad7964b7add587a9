// Copyright 2019-2020 The Kubeflow Authors
import { UIServer } from './app';
import { loadConfigs } from './configs';

const configs = loadConfigs(process.argv, process.env);
const app = new UIServer(configs);
app.start();
