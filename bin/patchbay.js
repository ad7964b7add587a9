#!/usr/bin/env node
// Thin launcher so `npx patchbay` and the `bin` entry run the compiled CLI.
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv);
