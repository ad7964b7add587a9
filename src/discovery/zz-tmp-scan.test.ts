import { it } from 'vitest';
import { scanPaths } from './scan.js';
it('scan', async () => {
  const result = await scanPaths([process.env.SCAN_DIR as string]);
  const out: string[] = [];
  for (const s of result.systems) out.push(`SYS ${s.id} ${s.kind} ${(s as any).technology ?? ''}`);
  for (const i of result.integrations) out.push(`INT ${i.source} -> ${i.target} ${i.mechanism} ${JSON.stringify(i)}`.slice(0, 400));
  console.log(out.join('\n'));
}, 120000);
