import nx from '@nx/eslint-plugin';
import angular from 'angular-eslint';
import prettier from 'eslint-config-prettier';

/**
 * One flat config for the workspace. Module boundaries make the architecture a rule:
 * the portal and the API meet only in libs/shared (no Nest, TypeORM or Angular there).
 */
export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/.nx',
      '**/.angular',
      'data/**',
      'tmp/**',
      'coverage/**',
      '**/*.generated.ts',
      '**/generated/**',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?js$'],
          depConstraints: [
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:portal', onlyDependOnLibsWithTags: ['scope:portal', 'scope:shared'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:shared'] },
            {
              sourceTag: 'scope:shared',
              onlyDependOnLibsWithTags: ['scope:shared'],
              bannedExternalImports: [
                '@nestjs/*',
                'typeorm',
                '@angular/*',
                'apollo-angular',
                '@apollo/*',
                'express',
              ],
            },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Directions inside the API (docs/house-style.md): common/ serves every feature and imports none;
  // the catalog (service/) never knows who applies (no dossier/ or account/). A new feature folder
  // joins the list below.
  {
    files: ['apps/api/src/common/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex:
                '(^|/)\\.\\./(\\.\\./)*(account|admin|dossier|service|processing|notification|integration|forms|health|audit|statistics|privacy)(/|$)',
              message: 'common/ imports no feature; pass what it needs in, or move the code to the feature.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/api/src/service/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)\\.\\./(\\.\\./)*(dossier|account)(/|$)',
              message: 'The catalog (service/) imports nothing from dossier/ or account/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.integration-spec.ts', '**/test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  ...angular.configs.tsRecommended.map((c) => ({ ...c, files: ['apps/portal/**/*.ts'] })),
  {
    files: ['apps/portal/**/*.ts'],
    processor: angular.processInlineTemplates,
    rules: {
      '@angular-eslint/directive-selector': [
        'error',
        { type: 'attribute', prefix: 'app', style: 'camelCase' },
      ],
      '@angular-eslint/component-selector': [
        'error',
        { type: 'element', prefix: 'app', style: 'kebab-case' },
      ],
      '@angular-eslint/prefer-on-push-component-change-detection': 'error',
    },
  },
  ...[...angular.configs.templateRecommended, ...angular.configs.templateAccessibility].map((c) => ({
    ...c,
    files: ['apps/portal/**/*.html'],
  })),
  prettier,
];
