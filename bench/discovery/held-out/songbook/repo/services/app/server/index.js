/*
 * Licensed to the Apache Software Foundation (ASF) under one
 * or more contributor license agreements.  See the NOTICE file
 * distributed with this work for additional information
 * regarding copyright ownership.  The ASF licenses this file
 * to you under the Apache License, Version 2.0.
 */
const path = require('path');
const express = require('express');
const { createProxyMiddleware } = require('http-proxy-middleware');
const axios = require('axios');
const { default: agent } = require('skywalking-backend-js');

const oapHttpAddress = process.env.SW_OAP_HTTP_ADDRESS || 'http://oap:12800';

agent.start({
    serviceName: process.env.SW_AGENT_NAME || 'agent::app',
    maxBufferSize: 1000,
    traceIgnorePath: '/browser/**,/v3/**,/health',
});

const PORT = process.env.PORT || 80;
const GATEWAY = process.env.GATEWAY || 'gateway';

const client = axios.create({
    baseURL: `http://${GATEWAY}`,
    timeout: 3000,
});

const app = express();

app.use(express.static(path.resolve(__dirname, '../ui/dist')));

// browser agent segments and errors
app.use('/browser', createProxyMiddleware({ target: oapHttpAddress, changeOrigin: true }));
app.use('/v3', createProxyMiddleware({ target: oapHttpAddress, changeOrigin: true }));

app.get('/homepage', async (req, res) => {
    try {
        const [top, rcmd] = await Promise.all([
            client.get('/songs/top'),
            client.get('/rcmd'),
        ]);
        res.json({
            top: top.data,
            rcmd: rcmd.data,
        });
    } catch (e) {
        console.error('failed to load homepage', e.message);
        res.status(502).json({ error: 'upstream unavailable' });
    }
});

app.get('/health', (req, res) => {
    res.json({ healthy: true });
});

app.listen(PORT, () => {
    console.log(`Server listening on ${PORT}`);
});
