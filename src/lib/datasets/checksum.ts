import { createHash } from 'node:crypto';

/** Lowercase hex SHA-256 of the bytes, as recorded in releases.yaml. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
