import { SITE } from './config.ts';

/** A site path with the configured base prefixed: "/data/" → "/sub/data/". */
export function withBase(path: string): string {
  const base = SITE.base.endsWith('/') ? SITE.base.slice(0, -1) : SITE.base;
  return `${base}${path}`;
}

/** Absolute URL of a site path, for citations and permanent links. */
export function absoluteUrl(path: string): string {
  return new URL(withBase(path), SITE.url).href;
}

export const paths = {
  home: () => '/',
  articles: () => '/articles/',
  article: (slug: string) => `/articles/${slug}/`,
  catalog: () => '/data/',
  dataset: (id: string) => `/data/${id}/`,
  /** Folder of a released version's files: /data/<id>/<version>/ ('latest' for the newest). */
  version: (id: string, version: string) => `/data/${id}/${version}/`,
  /** Permanent download of a released version's file: its bytes never change. */
  download: (id: string, version: string, file = `${id}.csv`) => `/data/${id}/${version}/${file}`,
  catalogJsonLd: () => '/data/catalog.jsonld',
  releasesFeed: () => '/data/releases.xml',
  /** Atom feed of the newest articles. */
  articlesFeed: () => '/articles/feed.xml',
  about: () => '/about/',
  sources: () => '/sources/',
  /** A source's entry on the sources page; the anchor is the source id. */
  source: (id: string) => `/sources/#${id}`,
  /** Figures that disagree or cannot be compared, one explanation each. */
  disagreements: () => '/sources/disagreements/',
  disagreement: (id: string) => `/sources/disagreements/#${id}`,
  progress: () => '/progress/',
  forests: () => '/forests/',
  forestsMap: () => '/forests/map/',
  servicePlaces: () => '/service-places/',
  servicePlacesMap: () => '/service-places/map/',
  search: () => '/search/',
  searchT2s: () => '/search/t2s.json',
  chartSvg: (id: string) => `/charts/${id}.svg`,
  chartPng: (id: string) => `/charts/${id}.png`,
  embed: (id: string) => `/embed/${id}/`,
  /** Share card (Open Graph image) of a page: 'site', 'data/<id>', 'articles/<slug>'. */
  shareImage: (key: string) => `/share/${key}.png`,
} as const;
