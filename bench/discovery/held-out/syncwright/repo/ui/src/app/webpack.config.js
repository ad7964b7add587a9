'use strict;';

const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const webpack = require('webpack');
const path = require('path');

const isProd = process.env.NODE_ENV === 'production';

console.log(`Bundling in ${isProd ? 'production' : 'development'} mode...`);

// The dev server proxies API, auth and terminal traffic to a locally running syncwright-server
// (see Procfile). In production the bundle is embedded into the server binary instead.
const proxyConf = {
    target: process.env.SYNCWRIGHT_API_URL || 'http://localhost:8080',
    secure: false
};

const config = {
    entry: './src/app/index.tsx',
    output: {
        filename: '[name].[contenthash].js',
        chunkFilename: '[name].[contenthash].chunk.js',
        path: __dirname + '/../../dist/app'
    },
    devtool: isProd ? false : 'source-map',
    resolve: {
        extensions: ['.ts', '.tsx', '.js', '.json', '.ttf'],
        alias: {react: require.resolve('react')}
    },
    module: {
        rules: [
            {
                test: /\.tsx?$/,
                loader: 'ts-loader',
                options: {allowTsInNodeModules: true, configFile: path.resolve('./src/app/tsconfig.json')}
            },
            {
                test: /\.scss$/,
                use: ['style-loader', 'raw-loader', 'sass-loader']
            }
        ]
    },
    plugins: [
        new webpack.DefinePlugin({
            'process.env.NODE_ENV': JSON.stringify(process.env.NODE_ENV || 'development'),
            SYSTEM_INFO: JSON.stringify({
                version: process.env.SYNCWRIGHT_VERSION || 'latest'
            })
        }),
        new HtmlWebpackPlugin({template: 'src/app/index.html'}),
        new CopyWebpackPlugin({
            patterns: [{from: 'src/assets', to: 'assets'}]
        })
    ],
    devServer: {
        compress: false,
        historyApiFallback: {
            disableDotRule: true
        },
        port: 4000,
        host: process.env.SYNCWRIGHT_E2E_YARN_HOST || 'localhost',
        proxy: {
            '/extensions': proxyConf,
            '/api': proxyConf,
            '/auth': proxyConf,
            '/terminal': {
                target: process.env.SYNCWRIGHT_API_URL || 'ws://localhost:8080',
                ws: true
            },
            '/swagger-ui': proxyConf,
            '/swagger.json': proxyConf
        }
    }
};

module.exports = config;
