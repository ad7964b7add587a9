#! /usr/bin/env node
import { Command, Option } from 'commander';
import os from 'node:os';
import { version } from '../package.json';
import { upload } from './commands/asset';
import { login, logout } from './commands/auth';
import { serverInfo } from './commands/server-info';

const defaultConfigDirectory = `${process.env.HOME ?? '~'}/.config/photovault/`;

const program = new Command()
  .name('photovault')
  .version(version)
  .description('Command line interface for PhotoVault')
  .addOption(
    new Option('-d, --config-directory <directory>', 'Configuration directory where auth.yml will be stored')
      .env('PHOTOVAULT_CONFIG_DIR')
      .default(defaultConfigDirectory),
  )
  .addOption(new Option('-u, --url [url]', 'PhotoVault server URL').env('PHOTOVAULT_INSTANCE_URL'))
  .addOption(new Option('-k, --key [key]', 'PhotoVault API key').env('PHOTOVAULT_API_KEY'));

program
  .command('login')
  .alias('login-key')
  .description('Login using an API key')
  .argument('[url]', 'PhotoVault server URL, e.g. https://photos.example.com/api')
  .argument('[key]', 'PhotoVault API key')
  .action((url, key) => login(url, key, program.opts()));

program
  .command('logout')
  .description('Remove stored credentials')
  .action(() => logout(program.opts()));

program
  .command('server-info')
  .description('Display server information')
  .action(() => serverInfo(program.opts()));

program
  .command('upload')
  .description('Upload assets')
  .usage('[paths...] [options]')
  .addOption(new Option('-r, --recursive', 'Recursive').env('PHOTOVAULT_RECURSIVE').default(false))
  .addOption(new Option('-i, --ignore <pattern>', 'Pattern to ignore').env('PHOTOVAULT_IGNORE_PATHS'))
  .addOption(new Option('-n, --dry-run', "Don't perform any actions, just show what will be done").env('PHOTOVAULT_DRY_RUN').default(false))
  .addOption(new Option('-c, --concurrency <number>', 'Number of assets to upload at the same time').env('PHOTOVAULT_UPLOAD_CONCURRENCY').default(os.cpus().length > 4 ? 4 : os.cpus().length))
  .argument('[paths...]', 'One or more paths to assets to be uploaded')
  .action((paths, options) => upload(paths, program.opts(), options));

program.parse(process.argv);
