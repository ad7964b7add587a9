import { it } from 'vitest';
import { parseCode } from '../../code-parser.js';
import { typescriptReader } from './typescript-reader.js';
it('bench3', async () => {
  const unit = `import axios from 'axios';\nimport { Kafka } from 'kafkajs';\nconst base = process.env.ORDERS_URL;\nexport async function f(id: string) {\n  const x = await axios.get(\`\${base}/orders/\${id}\`);\n  const y = { a: 1, b: [1, 2, 3], c: 'text' };\n  if (x.data.items.length > 0) { console.log(y.a + y.b.length); }\n  await producer.send({ topic: 'orders', messages: [{ value: JSON.stringify(x.data) }] });\n  return x.data.items.map((i: { id: string }) => i.id).filter(Boolean);\n}\n`;
  const text = Array.from({ length: 2500 }, (_, i) => unit.replace(/function f/, `function f${i}`)).join('\n');
  const tree = await parseCode('typescript', text);
  let t = performance.now();
  const nodes = tree.rootNode.descendantsOfType(typescriptReader.nodeTypes as string[]);
  console.log('descendants', (performance.now() - t).toFixed(0), nodes.length);
  t = performance.now();
  let n = 0;
  for (const node of nodes) { if (node && node.type === 'call_expression') { const f = node.childForFieldName('function'); n += f ? 1 : 0; } }
  console.log('field', (performance.now() - t).toFixed(0), n);
  t = performance.now();
  for (const node of nodes) { if (node) { void node.namedChildren; } }
  console.log('namedChildren', (performance.now() - t).toFixed(0));
  t = performance.now();
  for (const node of nodes) { if (node) { void node.text; } }
  console.log('text', (performance.now() - t).toFixed(0));
  t = performance.now();
  for (const node of nodes) { if (node) { void node.parent; } }
  console.log('parent', (performance.now() - t).toFixed(0));
  t = performance.now();
  for (const node of nodes) { if (node) { void node.startPosition.row; } }
  console.log('pos', (performance.now() - t).toFixed(0));
  tree.delete();
}, 120000);
