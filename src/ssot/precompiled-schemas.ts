import type { ValidateFunction } from 'ajv/dist/2020.js'

/**
 * The shipped schemas' validators, compiled ahead of time. In source form
 * (tests, `tsc`) there are none and schema-registry.ts compiles each schema
 * with Ajv on first use; `npm run package` replaces this module's build
 * output with Ajv standalone code (scripts/precompile-schemas.mjs), generated
 * from the same schemas with the same options, so a run from dist/ skips the
 * compilation (about 100 ms at every start: draft 2020-12's meta-schema, the
 * data schema's and the evidence schema's) and validates with the same code
 * and the same errors. Keys: the short schema names, and META_2020 for the
 * draft 2020-12 meta-schema.
 */
export const PRECOMPILED: Readonly<Record<string, ValidateFunction>> | undefined = undefined

/** The key of draft 2020-12's meta-schema validator in PRECOMPILED. */
export const META_2020 = 'draft2020_meta'
