/** `YYYY-MM-DD` → RFC 822 date at 00:00 UTC, as RSS 2.0 wants. */
export function dateToRfc822(date: string): string {
  return new Date(`${date}T00:00:00Z`).toUTCString();
}

/** `YYYY-MM-DD` → RFC 3339 timestamp at 00:00 UTC, as Atom wants. */
export function dateToRfc3339(date: string): string {
  return `${date}T00:00:00Z`;
}
