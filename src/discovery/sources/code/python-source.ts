/**
 * The source for Python code (`.py`).
 */
import type { Source } from '../../source.js';
import { makeCodeSource } from './code-source.js';
import { mayUseDjangoOrCelery, readDjangoAndCelery } from './django-celery.js';
import { pythonReader } from './python-reader.js';
import { PYTHON_TABLE } from './python-signatures.js';

/** Reads Python files for the clients and servers they use, and what Django settings and Celery tasks say (django-celery.ts). */
export const pythonCodeSource: Source = makeCodeSource({
  name: 'code-python',
  readers: { python: pythonReader },
  table: PYTHON_TABLE,
  frameworks: { test: mayUseDjangoOrCelery, read: readDjangoAndCelery },
});
