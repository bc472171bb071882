import { describe, expect, it } from 'vitest';
import { astroPhases, dataTimes, routeTimes, routeType, shareCardFigures } from '../../../scripts/bench/astro-log.ts';

describe('routeType(path)', () => {
  it.each([
    ['/articles/union-forests/index.html', '文章页'],
    ['/articles/index.html', '文章列表页'],
    ['/articles/page/3/index.html', '文章列表页'],
    ['/articles/feed.xml', '订阅'],
    ['/data/index.html', '数据目录页'],
    ['/data/catalog.jsonld', '数据目录文件'],
    ['/data/hardship-assistance/index.html', '数据集页'],
    ['/data/hardship-assistance/datapackage.json', '数据集下载文件'],
    ['/data/hardship-assistance/1.0.0/hardship-assistance.excel.csv', '数据集下载文件'],
    ['/charts/forest-map.svg', '图表文件（SVG、PNG）'],
    ['/embed/forest-map/index.html', '嵌入页'],
    ['/search/t2s.json', '搜索繁简表'],
    ['/search/index.html', '其他页面'],
    ['/progress/index.html', '其他页面'],
  ])('%s is a %s', (path, type) => {
    expect(routeType(path)).toBe(type);
  });
});

const LOG = `04:39:00 [vite] ✓ built in 11.74s
04:39:00 [vite] ✓ built in 66ms
 generating static routes 
04:39:24   ├─ /articles/a/index.html (+9ms) 
04:39:24   ├─ /articles/b/index.html (+11ms) 
04:39:25   ├─ /search/t2s.json (+1.5s) 
04:39:25   └─ /data/x/1.0.0/x.csv (+3ms) 
04:39:57 ✓ Completed in 1m 6.5s.
04:39:58 [build] ✓ Completed in 1m 10s.`;

describe('routeTimes(log) and astroPhases(log)', () => {
  it('adds up the page lines by type, largest first, seconds read as seconds', () => {
    expect(routeTimes(LOG)).toEqual([
      { type: '搜索繁简表', pages: 1, ms: 1500 },
      { type: '文章页', pages: 2, ms: 20 },
      { type: '数据集下载文件', pages: 1, ms: 3 },
    ]);
  });

  it('reads the server bundle time (the first "built in") and the generation time with minutes', () => {
    expect(astroPhases(LOG)).toEqual({ bundleSeconds: 11.74, generateSeconds: 66.5 });
  });

  it('gives nothing for a log without them', () => {
    expect(routeTimes('')).toEqual([]);
    expect(astroPhases('no figures')).toEqual({});
  });
});

describe('shareCardFigures(log)', () => {
  it('reads the share-card integration line', () => {
    expect(shareCardFigures('05:14:48 [zq-share-cards] 245 张分享卡片（新画 240 张，工作线程 CPU 4.2 s）')).toEqual({ cards: 245, drawn: 240, cpuSeconds: 4.2 });
    expect(shareCardFigures('05:14:48 [zq-share-cards] 245 张分享卡片')).toBeUndefined();
  });
});

describe('dataTimes(log)', () => {
  it('reads each part of the integration’s line, in its order, and nothing from a log without it', () => {
    const log = '10:59:49 [zq-dataset-files] 434 个数据文件\n10:59:49 [zq-dataset-files] 数据用时：读取并校验 4.1 s · 下载文件 12.5 s · 写入 0.9 s\n10:59:50 [zq-share-cards] 95 张分享卡片';
    expect(dataTimes(log)).toEqual([
      { part: 'catalog read and checked', seconds: 4.1 },
      { part: 'download files built', seconds: 12.5 },
      { part: 'files written', seconds: 0.9 },
    ]);
    expect(dataTimes('05:14:48 [build] Complete!')).toEqual([]);
  });

  it('reads the validation’s line apart from Astro’s, whichever comes first', () => {
    const log = '校验通过：67 个数据集\n大版本的下载文件：7 个\n校验中的数据用时：下载文件 4.6 s · 差异文件 1.7 s · 写入 0.6 s\n10:59:49 [zq-dataset-files] 数据用时：读取并校验 0.6 s · 下载文件 0.1 s';
    expect(dataTimes(log, 'validate')).toEqual([
      { part: 'download files built', seconds: 4.6 },
      { part: 'changes files built', seconds: 1.7 },
      { part: 'files written', seconds: 0.6 },
    ]);
    expect(dataTimes(log)).toEqual([
      { part: 'catalog read and checked', seconds: 0.6 },
      { part: 'download files built', seconds: 0.1 },
    ]);
    expect(dataTimes('10:59:49 [zq-dataset-files] 数据用时：读取并校验 0.6 s', 'validate')).toEqual([]);
  });
});
