/**
 * The source for Python code (`.py`).
 */
import type { Source } from '../../source.js';
import { makeCodeSource } from './code-source.js';
import { mayUseDjangoOrCelery, readDjangoAndCelery } from './django-celery.js';
import { absoluteHelperKeys, envHelperTemplates, mayDefineEnvHelper } from './python-env-helpers.js';
import { pythonReader } from './python-reader.js';
import { PYTHON_TABLE } from './python-signatures.js';

const codeSource = makeCodeSource({
  name: 'code-python',
  readers: { python: pythonReader },
  table: PYTHON_TABLE,
  frameworks: {
    test: (text) => mayUseDjangoOrCelery(text) || mayDefineEnvHelper(text),
    read: (input) => [...(mayUseDjangoOrCelery(input.root.text) ? readDjangoAndCelery(input) : input.facts), ...envHelperTemplates(input.root, input.path, input.evidenceAt)],
  },
});

/**
 * Reads Python files for the clients and servers they use, what Django settings and Celery tasks
 * say (django-celery.ts), and the team's own env helpers (python-env-helpers.ts), whose keys are
 * put in their final form once the file's path is known.
 */
export const pythonCodeSource: Source = {
  ...codeSource,
  async read(file, context) {
    return absoluteHelperKeys(await codeSource.read(file, context), file.path);
  },
};
