/* eslint-disable @typescript-eslint/no-var-requires */
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const dotenv = require('dotenv');

dotenv.config();

const isDev = process.env.NODE_ENV !== 'production';

module.exports = {
	mode: isDev ? 'development' : 'production',
	entry: path.resolve(__dirname, './src/index.tsx'),
	output: {
		path: path.resolve(__dirname, './build'),
		publicPath: '/',
		filename: '[name].[contenthash].js',
	},
	devServer: {
		historyApiFallback: true,
		open: true,
		hot: true,
		port: 3301,
		// local development against a query-service started with `make run-local`
		proxy: {
			'/api': { target: 'http://localhost:8080', changeOrigin: true },
			'/ws': { target: 'ws://localhost:8080', ws: true },
		},
	},
	resolve: { extensions: ['.ts', '.tsx', '.js'] },
	module: {
		rules: [{ test: /\.tsx?$/, use: 'ts-loader', exclude: /node_modules/ }],
	},
	plugins: [
		new HtmlWebpackPlugin({ template: 'src/index.html.ejs' }),
		new webpack.DefinePlugin({
			'process.env': JSON.stringify({
				NODE_ENV: process.env.NODE_ENV,
				FRONTEND_API_ENDPOINT: process.env.FRONTEND_API_ENDPOINT,
				SENTRY_DSN: process.env.SENTRY_DSN,
				POSTHOG_KEY: process.env.POSTHOG_KEY,
			}),
		}),
	],
};
