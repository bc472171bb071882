import { describe, expect, it } from 'vitest';
import { committedRecords, textToRecords } from '../../../src/lib/datasets/release-records.ts';

const keys = (records: ReturnType<typeof textToRecords>) => (records ? [...records].map(([version, r]) => [version, r.key]) : undefined);

describe('committedRecords(text, items)', () => {
  // Each text as it could sit in history; the item cache must give what a whole parse gives.
  const texts: Record<string, string> = {
    'written by the release command': '# 发布记录：由 npm run data:release 写入，请勿手改。\n- version: 1.0.0\n  date: 2025-01-01\n  note: 首次发布\n  sha256: aa\n  bytes: 1\n- version: 1.1.0\n  date: 2025-02-01\n  note: 新增\n  sha256: bb\n  bytes: 2\n',
    'a block scalar keeping its blank lines': '- version: 1.0.0\n  note: |+\n    第一行\n\n\n- version: 1.1.0\n  note: 第二\n',
    'an alias to an anchor of an earlier item': '- version: 1.0.0\n  note: &n 同一说明\n- version: 1.1.0\n  note: *n\n',
    'a flow mapping across lines': '- {version: 1.0.0,\n  note: 跨行}\n- version: 1.1.0\n',
    'a document marker': '---\n- version: 1.0.0\n  note: 一\n',
    'an item that does not parse': '- version: 1.0.0\n  note: "未闭合\n- version: 1.1.0\n',
    'a mapping, not a list': 'version: 1.0.0\nnote: 一\n',
    'a duplicate version': '- version: 1.0.0\n  note: 一\n- version: 1.0.0\n  note: 二\n',
    'no final line break': '- version: 1.0.0\n  note: |+\n    末尾',
  };
  for (const [name, text] of Object.entries(texts)) {
    it(`reads ${name} as a whole parse does`, () => {
      expect(keys(committedRecords(text, new Map()))).toEqual(keys(textToRecords(text)));
    });
  }

  it('parses each item once across texts', () => {
    const items = new Map();
    const one = '- version: 1.0.0\n  note: 一\n';
    committedRecords(one, items);
    committedRecords(`${one}- version: 1.1.0\n  note: 二\n`, items);
    expect([...items.keys()]).toEqual([one, '- version: 1.1.0\n  note: 二\n']);
  });
});

describe('textToRecords(text)', () => {
  it('reads no records from an alias bomb, instead of expanding it', () => {
    const bomb = ['- &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefghij'.split('').map((c, i) => `- &${c} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`)].join('\n');
    expect(textToRecords(`${bomb}\n- version: 1.0.0\n`)).toBeUndefined();
  });

  it('gives each record its line and the line of each field', () => {
    const records = textToRecords('# 注释\n- version: 1.0.0\n  note: 一\n  bytes: 684\n');
    expect(records?.get('1.0.0')).toMatchObject({ line: 2, fields: { version: '1.0.0', note: '一', bytes: '684' }, fieldLines: { note: 3, bytes: 4 } });
  });
});
