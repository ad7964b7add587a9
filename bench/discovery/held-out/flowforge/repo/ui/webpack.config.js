'use strict';
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const isProd = process.env.NODE_ENV === 'production';
const proxyTarget = process.env.FLOWFORGE_SERVER_URL || `${process.env.FLOWFORGE_SECURE === 'false' ? 'http' : 'https'}://localhost:2746`;

module.exports = {
  entry: './src/app/index.tsx',
  output: {
    filename: '[name].[contenthash].js',
    path: path.resolve(__dirname, 'dist', 'app')
  },
  devtool: isProd ? false : 'source-map',
  resolve: {extensions: ['.ts', '.tsx', '.js']},
  module: {
    rules: [{test: /\.tsx?$/, loader: 'ts-loader', options: {transpileOnly: true}}]
  },
  plugins: [new HtmlWebpackPlugin({template: 'src/app/index.html'})],
  devServer: {
    historyApiFallback: {disableDotRule: true},
    port: 8080,
    proxy: {
      '/api': {target: proxyTarget, secure: false},
      '/artifacts': {target: proxyTarget, secure: false},
      '/artifact-files': {target: proxyTarget, secure: false},
      '/oauth2': {target: proxyTarget, secure: false}
    }
  }
};
