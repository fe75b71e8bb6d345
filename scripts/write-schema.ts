/**
 * Writes docs/orgmap.schema.json, the published JSON Schema of the `.orgmap` format, from
 * shared/model/fields.ts (shared/model/jsonSchema.ts). Run after changing the field tables:
 *   npm run schema
 * shared/model/jsonSchema.test.ts fails while the committed file differs from what this writes.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { orgmapSchemaText } from '../shared/model/jsonSchema';

const target = fileURLToPath(new URL('../docs/orgmap.schema.json', import.meta.url));
writeFileSync(target, orgmapSchemaText());
console.log(`wrote ${target}`);
