import { describe, expect, it } from 'vitest';
import { copiedProgramImage, type PodContainer } from './copied-programs.js';

const init = (words: string[], image = 'quay.io/acme/acme:v1'): PodContainer => ({ image, words });
const main = (words: string[]): PodContainer => ({ image: 'ghcr.io/dexidp/dex:v2.38.0', words });

describe('copiedProgramImage', () => {
  it.each<[string, PodContainer, PodContainer[], string | undefined]>([
    ['the copy\'s target file', main(['/shared/acme-dex', 'rundex']), [init(['/bin/cp', '-n', '/usr/local/bin/acme', '/shared/acme-dex'])], 'quay.io/acme/acme:v1'],
    ['a plain `cp` into a folder, keeping the name', main(['/shared/acme', 'rundex']), [init(['cp', '/usr/local/bin/acme', '/shared/'])], 'quay.io/acme/acme:v1'],
    ['the target as args after an entrypoint-less command', main(['', '/shared/acme-dex']), [init(['/usr/bin/cp', '/usr/local/bin/acme', '/shared/acme-dex'])], 'quay.io/acme/acme:v1'],
    ['the second of two init containers', main(['/shared/acme-dex']), [init(['sh', '-c', 'chmod 777 /data'], 'busybox'), init(['cp', '-n', '/usr/local/bin/acme', '/shared/acme-dex'])], 'quay.io/acme/acme:v1'],
    ['a program of the image itself', main(['dex', 'serve', '/etc/dex/config.yaml']), [init(['cp', '-n', '/usr/local/bin/acme', '/shared/acme-dex'])], undefined],
    ['a copy to another path', main(['/shared/acme-dex']), [init(['cp', '-n', '/usr/local/bin/acme', '/shared/acme-cli'])], undefined],
    ['a copy of a folder (`cp -r`) whose name differs', main(['/shared/acme-dex']), [init(['cp', '-r', '/usr/local/share/static', '/shared/'])], undefined],
    ['an init container that copies nothing', main(['/shared/acme-dex']), [init(['acme', 'admin', 'redis-initial-password'])], undefined],
    ['a copy with three operands (several files into a folder)', main(['/shared/acme']), [init(['cp', '/bin/a', '/usr/local/bin/acme', '/shared/'])], undefined],
  ])('%s', (_case, container, inits, image) => {
    expect(copiedProgramImage(container, inits)).toBe(image);
  });
});
