import { describe, expect, it } from 'vitest';
import { imageUrlVerdict, linkUrlVerdict } from '../../../src/lib/content/url-policy.ts';

describe('linkUrlVerdict(url)', () => {
  it.each([
    ['/data/union-forests/#row-plots', { kind: 'internal', path: '/data/union-forests/#row-plots' }],
    ['#section', { kind: 'internal', path: '#section' }],
    ['/search/?q=工会林', { kind: 'internal', path: '/search/?q=工会林' }],
    ['https://www.workercn.cn/c/2022-10-02/7183762.shtml', { kind: 'external', url: 'https://www.workercn.cn/c/2022-10-02/7183762.shtml' }],
    ['HTTP://Example.org', { kind: 'external', url: 'http://example.org/' }],
    ['mailto:editor@example.org', { kind: 'external', url: 'mailto:editor@example.org' }],
  ])('%s → %o', (url, verdict) => expect(linkUrlVerdict(url)).toEqual(verdict));

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'vbscript:msgbox',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    '//evil.example/x',
    '\\\\evil.example/x',
    '/\\evil.example/x',
    'https://',
    'articles/x/',
  ])('refuses %j', (url) => expect(linkUrlVerdict(url).kind).toBe('refused'));
});

describe('linkUrlVerdict(url): what the editor is told', () => {
  it.each([
    ['javascript:alert(1)', '不允许 javascript: 开头的链接'],
    ['ftp://example.org/a', '不允许 ftp: 开头的链接'],
    ['//evil.example/x', '以 // 或 \\ 开头的网址会指向别的网站：外部链接请写完整的 https:// 地址'],
    ['articles/x/', '站内链接要以 / 开头（从网站根目录写起），如 /data/union-forests/'],
    ['https://', '无法识别的网址'],
  ])('%s: %s', (url, reason) => expect(linkUrlVerdict(url)).toEqual({ kind: 'refused', reason }));
});

describe('imageUrlVerdict(url)', () => {
  it('says why another site’s image or an anchor is refused', () => {
    expect(imageUrlVerdict('https://evil.example/pixel.png')).toEqual({ kind: 'refused', reason: '文章只能用本站的图片（放在 public/ 下，以 / 开头引用），不能引用其他网站的图片' });
    expect(imageUrlVerdict('#anchor')).toEqual({ kind: 'refused', reason: '图片地址不能只是锚点' });
    expect(imageUrlVerdict('javascript:alert(1)')).toEqual({ kind: 'refused', reason: '不允许 javascript: 开头的链接' });
  });

  it('allows the site’s own files only', () => {
    expect(imageUrlVerdict('/images/forest.jpg')).toEqual({ kind: 'internal', path: '/images/forest.jpg' });
    expect(imageUrlVerdict('https://evil.example/pixel.png').kind).toBe('refused');
    expect(imageUrlVerdict('data:image/png;base64,AAAA').kind).toBe('refused');
    expect(imageUrlVerdict('#anchor').kind).toBe('refused');
  });
});
