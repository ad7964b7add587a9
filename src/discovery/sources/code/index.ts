/**
 * The source code sources: one per language family, sharing the engine in this folder (readers
 * turn syntax into call sites, signature tables name the clients, value following and fact
 * emission are written once). See docs/discovery-sources.md, "Source code".
 */
import type { Source } from '../../source.js';
import { csharpCodeSource } from './csharp-source.js';
import { goCodeSource } from './go-source.js';
import { jvmCodeSource } from './jvm-source.js';
import { moduleImportsSource } from './module-imports.js';
import { medusaConfigSource } from './medusa-config.js';
import { moleculerSource } from './moleculer-source.js';
import { phpCodeSource } from './php-source.js';
import { prismaDatasourceSource } from './prisma-datasource-source.js';
import { pythonCodeSource } from './python-source.js';
import { railsDatabaseSource } from './rails-database-source.js';
import { railsStorageSource } from './rails-storage-source.js';
import { railsCableSource } from './rails-cable-source.js';
import { rubyCodeSource } from './ruby-source.js';
import { rustCodeSource } from './rust-source.js';
import { typescriptCodeSource } from './typescript-source.js';
import { vendureConfigSource } from './vendure-config.js';

/** Every source that reads source code, and the files that code's database is named in (Prisma schema, Rails database.yml). */
export const codeSources: Source[] = [
  typescriptCodeSource,
  pythonCodeSource,
  goCodeSource,
  jvmCodeSource,
  csharpCodeSource,
  prismaDatasourceSource,
  rustCodeSource,
  rubyCodeSource,
  railsDatabaseSource,
  railsStorageSource,
  railsCableSource,
  phpCodeSource,
  moleculerSource,
  medusaConfigSource,
  vendureConfigSource,
  moduleImportsSource,
];
