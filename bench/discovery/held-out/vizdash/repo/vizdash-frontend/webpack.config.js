const path = require('path');
const webpack = require('webpack');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');

const getProxyConfig = require('./webpack.proxy-config');
const packageConfig = require('./package');

// input dir
const APP_DIR = path.resolve(__dirname, './');
// output dir
const BUILD_DIR = path.resolve(__dirname, '../vizdash/static/assets');
const ROOT_DIR = path.resolve(__dirname, '..');

const {
  mode = 'development',
  devserverPort = 9000,
  measure = false,
  nameChunks = false,
} = parsedArgs();
const isDevMode = mode !== 'production';
const isDevServer = process.argv[1].includes('webpack-dev-server');

const output = {
  path: BUILD_DIR,
  publicPath: '/static/assets/',
};
if (isDevMode) {
  output.filename = '[name].[contenthash:8].entry.js';
  output.chunkFilename = '[name].[contenthash:8].chunk.js';
} else {
  output.filename = '[name].[chunkhash].entry.js';
  output.chunkFilename = '[chunkhash].chunk.js';
}

function parsedArgs() {
  const args = {};
  process.argv.slice(2).forEach(arg => {
    const m = arg.match(/^--([^=]+)=?(.*)$/);
    if (m) args[m[1]] = m[2] || true;
  });
  return args;
}

const config = {
  entry: {
    preamble: path.join(APP_DIR, '/src/preamble.ts'),
    theme: path.join(APP_DIR, '/src/theme.ts'),
    spa: path.join(APP_DIR, '/src/views/index.tsx'),
    embedded: path.join(APP_DIR, '/src/embedded/index.tsx'),
  },
  output,
  stats: 'minimal',
  performance: {
    assetFilter(assetFilename) {
      return !/\.(map|geojson)$/.test(assetFilename);
    },
  },
  plugins: [
    new webpack.DefinePlugin({
      'process.env.WEBPACK_MODE': JSON.stringify(mode),
      'process.env.REDUX_DEFAULT_MIDDLEWARE': process.env.REDUX_DEFAULT_MIDDLEWARE,
    }),
    new MiniCssExtractPlugin({
      filename: isDevMode ? '[name].css' : '[name].[chunkhash].entry.css',
    }),
  ],
  resolve: {
    modules: ['node_modules', APP_DIR],
    alias: {
      src: path.resolve(APP_DIR, './src'),
    },
    extensions: ['.ts', '.tsx', '.js', '.jsx', '.yml'],
  },
  module: {
    rules: [
      {
        test: /\.(js|jsx|ts|tsx)$/,
        exclude: /node_modules/,
        use: 'babel-loader',
      },
    ],
  },
  devtool: isDevMode ? 'eval-cheap-module-source-map' : false,
};

if (isDevMode) {
  let proxyConfig = getProxyConfig();
  // Set up a plugin to handle manifest updates
  config.devServer = {
    devMiddleware: {
      writeToDisk: true,
    },
    historyApiFallback: true,
    hot: true,
    port: devserverPort,
    // Proxy all non-static requests to the Flask backend (browser traffic only)
    proxy: [() => proxyConfig],
    client: {
      overlay: { errors: true, warnings: false },
      logging: 'error',
    },
    static: path.join(process.cwd(), '../static/assets'),
  };
}

module.exports = config;
