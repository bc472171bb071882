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

describe('imageUrlVerdict(url)', () => {
  it('allows the site’s own files only', () => {
    expect(imageUrlVerdict('/images/forest.jpg')).toEqual({ kind: 'internal', path: '/images/forest.jpg' });
    expect(imageUrlVerdict('https://evil.example/pixel.png').kind).toBe('refused');
    expect(imageUrlVerdict('data:image/png;base64,AAAA').kind).toBe('refused');
    expect(imageUrlVerdict('#anchor').kind).toBe('refused');
  });
});
