import { generateMigration, revertLastMigration, runMigrations } from '@tillery/core';
import path from 'path';

import { config } from '../src/tillery-config';

const [, , command, name] = process.argv;

async function main() {
    switch (command) {
        case 'generate':
            await generateMigration(config, { name: name ?? 'migration', outputDir: path.join(__dirname, '../src/migrations') });
            break;
        case 'run':
            await runMigrations(config);
            break;
        case 'revert':
            await revertLastMigration(config);
            break;
        default:
            console.log('Usage: migration.ts <generate|run|revert> [name]');
    }
}

main().then(() => process.exit(0), err => {
    console.error(err);
    process.exit(1);
});
