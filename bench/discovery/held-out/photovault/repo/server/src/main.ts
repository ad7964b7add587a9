import { CommandFactory } from 'nest-commander';
import { ChildProcess, fork } from 'node:child_process';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { PhotoVaultAdminModule } from 'src/app.module';
import { LogLevel, PhotoVaultWorker } from 'src/enum';
import { ConfigRepository } from 'src/repositories/config.repository';

const photovaultApp = process.argv[2];
if (photovaultApp) {
  process.argv.splice(2, 1);
}

async function bootstrapPhotoVaultAdmin() {
  process.env.PHOTOVAULT_LOG_LEVEL = LogLevel.Warn;
  await CommandFactory.run(PhotoVaultAdminModule);
}

function bootstrapWorker(name: PhotoVaultWorker) {
  console.log(`Starting ${name} worker`);

  // eslint-disable-next-line unicorn/prefer-module
  const basePath = dirname(__filename);
  const workerFile = join(basePath, 'workers', `${name}.js`);

  let worker: Worker | ChildProcess;
  if (name === PhotoVaultWorker.Api) {
    worker = fork(workerFile, [], {
      execArgv: process.execArgv.map((arg) => (arg.startsWith('--inspect') ? '--inspect=0.0.0.0:9231' : arg)),
    });
  } else {
    worker = new Worker(workerFile);
  }

  worker.on('error', (error) => {
    console.error(`${name} worker error: ${error}, stack: ${error.stack}`);
  });

  worker.on('exit', (exitCode) => {
    if (exitCode !== 0) {
      console.error(`${name} worker exited with code ${exitCode}`);
      if ('pid' in worker && worker.pid) {
        process.kill(worker.pid);
      }
      process.exit(exitCode);
    }
  });
}

function bootstrap() {
  switch (photovaultApp) {
    case 'photovault-admin': {
      process.title = 'photovault_admin_cli';
      return bootstrapPhotoVaultAdmin();
    }
    case 'photovault': {
      // legacy: `start.sh photovault` runs only the API worker
      process.env.PHOTOVAULT_WORKERS_INCLUDE = PhotoVaultWorker.Api;
      break;
    }
    case 'microservices': {
      process.env.PHOTOVAULT_WORKERS_EXCLUDE = PhotoVaultWorker.Api;
      break;
    }
  }

  process.title = 'photovault';
  const { workers } = new ConfigRepository().getEnv();
  for (const worker of workers) {
    bootstrapWorker(worker);
  }
}

void bootstrap();
