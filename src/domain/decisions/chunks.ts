import { INDEX_LIMITS, type IndexedDecision } from './index-schema';

const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).byteLength;

/** The decisions in page order, cut into chunks of at most INDEX_LIMITS.chunkBytes of JSON each. */
export function chunked(decisions: readonly IndexedDecision[]): IndexedDecision[][] {
  const chunks: IndexedDecision[][] = [];
  let current: IndexedDecision[] = [];
  let bytes = 0;
  for (const decision of decisions) {
    const size = bytesOf(decision) + 1;
    if (current.length > 0 && bytes + size > INDEX_LIMITS.chunkBytes) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(decision);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
