// Typed documents for the tests (and any TypeScript client): `npm run codegen` prints the schema
// to schema/schema.graphql, then generates test/gql/ from the graphql(`…`) documents in test/.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['test/**/*.ts', '!test/gql/**'],
  ignoreNoDocuments: true,
  // Imports with .js extensions, as NodeNext resolution (tsconfig) requires.
  emitLegacyCommonJSImports: false,
  generates: {
    'test/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Decimal: 'string', Date: 'string', DateTime: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
