/*
 *  Copyright 2022 Collate / Metaharbor Authors.
 *  Licensed under the Apache License, Version 2.0
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const outputPath = path.join(__dirname, 'build');

module.exports = {
  mode: 'development',
  entry: path.join(__dirname, 'src', 'pages', 'TableDetailsPage', 'TableDetailsPage.tsx'),
  output: {
    path: outputPath,
    filename: '[name].js',
    publicPath: '/',
  },
  module: {
    rules: [
      { test: /\.(ts|tsx|js)$/, use: ['ts-loader'], exclude: /node_modules/ },
      { test: /\.(css|less)$/, use: ['style-loader', 'css-loader'] },
    ],
  },
  resolve: { extensions: ['.ts', '.tsx', '.js', '.jsx'] },
  plugins: [
    new HtmlWebpackPlugin({
      title: 'Metaharbor',
      scriptLoading: 'defer',
      hash: true,
    }),
  ],
  // Route /api to the locally running server during `yarn start`
  devServer: {
    static: outputPath,
    compress: true,
    hot: true,
    port: 3000,
    open: true,
    historyApiFallback: { disableDotRule: true },
    proxy: {
      '/api/': {
        target: 'http://localhost:8585/',
        changeOrigin: true,
      },
    },
  },
  devtool: 'eval-cheap-module-source-map',
};
