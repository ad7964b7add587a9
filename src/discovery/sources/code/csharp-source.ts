/**
 * The source for C# code (`.cs`).
 */
import type { Source } from '../../source.js';
import { abpFacts, mayUseAbp } from './abp.js';
import { conveyFacts, mayUseConvey } from './convey.js';
import { makeCodeSource } from './code-source.js';
import { csharpReader } from './csharp-reader.js';
import { CSHARP_TABLE } from './csharp-signatures.js';

/** Reads C# files for the clients and servers they use. */
export const csharpCodeSource: Source = makeCodeSource({ name: 'code-csharp', readers: { c_sharp: csharpReader }, table: CSHARP_TABLE,
  // What an ABP module's attributes and options say: the event bus provider and its settings (abp.ts);
  // the services Convey's IHttpClient is pointed at by name (convey.ts).
  routes: {
    test: (text) => mayUseAbp(text) || mayUseConvey(text),
    read: (model, evaluator, evidenceAt, path) => [
      ...(mayUseAbp(model.sites[0]?.node.tree.rootNode.text ?? '') ? abpFacts(model, evaluator, evidenceAt, path) : []),
      ...conveyFacts(model, evaluator, evidenceAt),
    ],
  },
});
