/**
 * The source for Python code (`.py`).
 */
import type { Source } from '../../source.js';
import { makeCodeSource } from './code-source.js';
import { mayUseDjangoOrCelery, readDjangoAndCelery } from './django-celery.js';
import { dottedLoaders, mayLoadDottedBackends } from './dotted-backends.js';
import { absoluteHelperKeys, envHelperTemplates, mayDefineEnvHelper, moduleNames } from './python-env-helpers.js';
import { connectionIdFacts, layeredInstances, maySectionOrConnect, sectionedTemplates } from './python-sectioned-config.js';
import { layeredDefaultsFacts } from './python-layered-defaults.js';
import { pythonReader } from './python-reader.js';
import { PYTHON_TABLE } from './python-signatures.js';
import { mayBuildUserEndpointClients, withoutUserEndpointCalls } from './user-endpoint-clients.js';

const codeSource = makeCodeSource({
  name: 'code-python',
  readers: { python: pythonReader },
  table: PYTHON_TABLE,
  frameworks: {
    test: (text) => mayUseDjangoOrCelery(text) || mayBuildUserEndpointClients(text) || mayDefineEnvHelper(text) || maySectionOrConnect(text) || mayLoadDottedBackends(text),
    read: (input) => {
      // Sectioned accessors' templates and connections named by id (python-sectioned-config.ts),
      // before Django and Celery's reading, which marks what runs in a task's body.
      // A layered configuration's packaged defaults file, read beside its module (python-layered-defaults.ts).
      const sectioned = maySectionOrConnect(input.root.text)
        ? [...sectionedTemplates(input.root, moduleNames(input.path), input.evidenceAt), ...connectionIdFacts(input.root, input.evidenceAt), ...layeredDefaultsFacts(input.root, input.path, moduleNames(input.path), layeredInstances(input.root), input.readFile)]
        : [];
      const withSectioned = sectioned.length > 0 ? { ...input, facts: [...input.facts, ...sectioned] } : input;
      // An object-store client built on the endpoint a user enters is no integration (user-endpoint-clients.ts).
      if (mayBuildUserEndpointClients(input.root.text)) withSectioned.facts = withoutUserEndpointCalls(withSectioned);
      // A backend class loaded by a dotted path the settings hold (dotted-backends.ts).
      const loaders = mayLoadDottedBackends(input.root.text) ? dottedLoaders(input.root, input.path, input.evidenceAt) : [];
      return [...(mayUseDjangoOrCelery(input.root.text) ? readDjangoAndCelery(withSectioned) : withSectioned.facts), ...loaders, ...envHelperTemplates(input.root, input.path, input.evidenceAt)];
    },
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
