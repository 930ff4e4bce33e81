// Lint rules that carry the architecture: no process.env outside config, hub never imports casework, cli reaches apps by their index.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'test-results/**', 'apps/casework/public/vendor/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through packages/platform/src/config.ts only.' },
      ],
    },
  },
  {
    files: ['packages/platform/src/config.ts', 'scripts/**/*.ts', 'test/**/*.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // On Node 20, a failing assert.ok(x) without a message re-parses the transformed source to build
    // one, which takes minutes on a large test file and looks like a hang in CI: always say what failed.
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='assert'][callee.property.name='ok'][arguments.length=1]",
          message: 'Give assert.ok a message (second argument).',
        },
        { selector: "CallExpression[callee.name='assert'][arguments.length=1]", message: 'Give assert a message (second argument).' },
      ],
    },
  },
  {
    // Integration tests and the benchmark navigate JSON response bodies; typed loosely on purpose.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The cli only chooses services: it reaches each app through its public surface (apps/<app>/src/index.ts).
    files: ['apps/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // A regex: in the glob form a leading `#` reads as a comment.
              regex: '^#(casework|hub|portal|web)/(?!index\\.ts$)|/(casework|hub|portal|web)/src/(?!index\\.ts$)',
              message: 'apps/cli imports an app only through its index.ts (#casework/index.ts, #hub/index.ts, #portal/index.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    // A casework module is reached from outside only through its index.ts (its public surface): no deep
    // import across modules. The exchange, corrections and person-requests modules have no index.ts yet.
    files: ['apps/casework/src/**/*.ts'],
    ignores: ['apps/casework/src/modules/{exchange,corrections,person-requests}/**', '**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./|\\./modules/)(?!exchange/|corrections/|person-requests/)[a-z-]+/(?!index\\.ts$)',
              message: 'Import another casework module through its index.ts only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/hub/**/*.ts', 'apps/portal/**/*.ts', 'packages/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^#casework/|/apps/casework/',
              message: 'The hub, the portal and the packages never import casework: institutions share only packages/contracts.',
            },
          ],
        },
      ],
    },
  },
);
