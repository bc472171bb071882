/**
 * Real feed clients, run on files: xmllint validates against the RFC 4287 RELAX NG schema
 * (tests/fixtures/standards/atom-rfc4287/), Python's feedparser reads a feed as feed readers
 * do. Both are Debian packages (libxml2-utils, python3-feedparser) that
 * scripts/ensure-chromium.ts installs before the browser tests.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const XMLLINT = '/usr/bin/xmllint';
/** Debian's Python, where python3-feedparser installs (not a pyenv or venv python). */
export const FEEDPARSER_PYTHON = '/usr/bin/python3';
const ATOM_RNG = join(import.meta.dirname, '..', 'fixtures', 'standards', 'atom-rfc4287', 'atom.rng');

/** xmllint's verdict on an Atom file: errors, or [] when it validates. */
export function atomSchemaErrors(file: string): string[] {
  const run = spawnSync(XMLLINT, ['--noout', '--relaxng', ATOM_RNG, file], { encoding: 'utf8' });
  if (run.error) throw run.error;
  return run.status === 0 ? [] : run.stderr.split('\n').filter((l) => l && !l.endsWith('fails to validate'));
}

export interface ParsedFeed {
  bozo: boolean;
  bozo_exception?: string;
  version: string;
  feed: { title: string; links: { rel: string; href: string; type?: string }[] };
  entries: { title: string; link: string; id: string; summary?: string; published?: string; authors?: { name: string }[]; tags?: { term: string }[]; links: { rel: string; href: string }[] }[];
}

/** A feed file as feedparser reads it (bozo: the parser had to work around an error). */
export function parseFeed(file: string): ParsedFeed {
  const script = [
    'import feedparser, json, sys',
    'd = feedparser.parse(sys.argv[1])',
    'out = {"bozo": bool(d.bozo), "bozo_exception": str(d.get("bozo_exception", "")), "version": d.version, "feed": {"title": d.feed.get("title", ""), "links": d.feed.get("links", [])}, "entries": [{"title": e.get("title"), "link": e.get("link"), "id": e.get("id"), "summary": e.get("summary"), "published": e.get("published"), "authors": e.get("authors", []), "tags": e.get("tags", []), "links": e.get("links", [])} for e in d.entries]}',
    'json.dump(out, sys.stdout, ensure_ascii=False, default=str)',
  ].join('\n');
  const run = spawnSync(FEEDPARSER_PYTHON, ['-c', script, file], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`feedparser: ${run.stderr}`);
  return JSON.parse(run.stdout) as ParsedFeed;
}
