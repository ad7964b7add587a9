import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/**/*.e2e-spec.ts'],
        testTimeout: 60000,
        typecheck: { tsconfig: './tsconfig.json' },
    },
    plugins: [
        swc.vite({
            jsc: { transform: { useDefineForClassFields: false, legacyDecorator: true, decoratorMetadata: true } },
        }),
    ],
});
