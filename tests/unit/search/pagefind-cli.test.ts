import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { pagefindArgs } from '../../../src/lib/search/pagefind-cli.ts';
import { decodeFragment } from '../../../src/lib/search/pagefind-index.ts';
import { removeOnExit, tempTree } from '../../helpers/temp.ts';

const page = (title: string) => `<html lang="zh-CN"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>工会林。</p></main></body></html>`;

describe('pagefindArgs(site, outputPath)', () => {
  it('runs the pinned Pagefind over the searchable pages only, quietly', async () => {
    // Loaded afresh inside the test: the glob is computed as the module loads, and mutation
    // testing only sees code that a test runs.
    vi.resetModules();
    const cli = await import('../../../src/lib/search/pagefind-cli.ts');
    const glob = '{articles/*,data/*,progress,forests,service-places,about,sources,sources/*}/index.html';
    expect(cli.SEARCHABLE_GLOB).toBe(glob);
    expect(cli.pagefindArgs('dist')).toEqual(['node_modules/pagefind/lib/runner/bin.cjs', '--site', 'dist', '--glob', glob, '--silent']);
  });

  it('makes the pinned Pagefind index the pages the glob names, and no other page, into the output folder', () => {
    const site = tempTree({
      'articles/a/index.html': page('文章甲'),
      'data/x/index.html': page('数据集乙'),
      'about/index.html': page('关于'),
      'sources/index.html': page('来源'),
      // Pages that carry data-pagefind-body too, but are not search results: the list of articles, the search page, a version page.
      'articles/page/2/index.html': page('文章列表'),
      'search/index.html': page('搜索'),
      'data/x/1.0.0/index.html': page('版本'),
    });
    const out = join(site, '..', `${site.split('/').at(-1)}-bundle`);
    removeOnExit(out);
    const run = spawnSync(process.execPath, pagefindArgs(site, out), { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    const urls = readdirSync(join(out, 'fragment')).map((f) => decodeFragment(new Uint8Array(gunzipSync(readFileSync(join(out, 'fragment', f))))).url);
    expect(urls.sort()).toEqual(['/about/', '/articles/a/', '/data/x/', '/sources/']);
    expect(readdirSync(site)).not.toContain('pagefind');
  });
});
