import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.cache/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true },
      ],
      // `return respond(...)` as an early exit reads better than two lines; void stays void.
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // The API client rejects with plain objects on purpose: contextBridge strips Error fields.
      '@typescript-eslint/only-throw-error': 'off',
      // Strings spread into characters are ASCII digits and keys here, never emoji.
      '@typescript-eslint/no-misused-spread': 'off',
      // Config text is checked for control characters with a regex on purpose.
      'no-control-regex': 'off',
      // Handler and service interfaces are plain objects of functions, bound at creation.
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Only src-main/shell, main.ts and the preload import electron.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'src-main/shell/**',
      'src-main/main.ts',
      'src-main/api/ipc/preload.ts',
      '**/*.test.ts',
      'e2e/electron/**',
    ],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: 'src-main/(?!api/)',
              message:
                'The renderer talks to window.borne only; it may import types from src-main/api.',
            },
          ],
        },
      ],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src-main/**'],
              allowTypeImports: true,
              message: 'Only type imports from src-main/api in the renderer.',
            },
          ],
        },
      ],
    },
  },
  {
    // Playwright fixtures take `{}` when they need no other fixture.
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { process: 'readonly', console: 'readonly' },
    },
  },
);
