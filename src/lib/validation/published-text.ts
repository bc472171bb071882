import type { Problem } from '../problems.ts';
import { cleanTextProblem } from './clean-text.ts';
import { findPersonalData, personalDataProblem } from './personal-data.ts';

/** Where a piece of text sits, for the editor: file, and line and field when known. */
export interface TextPlace {
  file: string;
  line?: number;
  field?: string;
}

/**
 * The checks every string a reader can see goes through, wherever it comes from (CSV
 * cell, YAML value, front matter, article text, alt text, link, release note, file
 * name): no control or invisible format characters, and no personal data unless the
 * column was reviewed and opened for it (`allowPersonalData`, CSV fields only).
 */
export function publishedTextProblems(text: string, place: TextPlace, options: { allowPersonalData?: boolean } = {}): Problem[] {
  const problems: Problem[] = [];
  const dirty = cleanTextProblem(text, place.file, place.line, place.field);
  if (dirty) problems.push(dirty);
  if (!options.allowPersonalData) {
    for (const hit of findPersonalData(text)) problems.push(personalDataProblem(hit, place.file, place.line, place.field));
  }
  return problems;
}
