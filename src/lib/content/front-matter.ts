/** An MDX file split at its YAML front matter, with where the body starts. */
export interface SplitSource {
  frontMatter: string;
  body: string;
  /** 1-based line of the first body line in the whole file. */
  bodyLine: number;
}

/** `---\n<yaml>\n---\n<body>` → parts; `undefined` when there is no front matter. */
export function splitFrontMatter(source: string): SplitSource | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return undefined;
  const frontMatter = match[1] ?? '';
  return {
    frontMatter,
    body: source.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
  };
}
