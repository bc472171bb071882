import { DatasetMetaSchema } from '../../src/lib/datasets/schemas.ts';

/** A small dataset schema for unit tests: a text key, a number and an optional note. */
export const KEY_VALUE_NOTE_META = DatasetMetaSchema.parse({
  title: 't', title_en: 't', description: 'd', topic: 't', keywords: ['k'], license: 'CC-BY-4.0', sources: ['s'], spatial: 's', temporal: 't',
  fields: [
    { name: 'key', title: '键', type: 'string', description: 'd' },
    { name: 'value', title: '值', type: 'number', description: 'd' },
    { name: 'note', title: '备注', type: 'string', description: 'd', required: false },
  ],
  primary_key: ['key'],
});
