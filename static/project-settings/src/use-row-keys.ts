import { useRef, useState } from 'react';
import { moved } from './new-gate';

/**
 * Stable keys for the rows of an editable list, so a row's own state (open or closed) follows it
 * when rows move or go; the index would hand it to the neighbour.
 */
export function useRowKeys(initialCount: number) {
  const next = useRef(initialCount);
  const [keys, setKeys] = useState<number[]>(() => Array.from({ length: initialCount }, (_, i) => i));
  return {
    keys,
    added: () => {
      const key = next.current++;
      setKeys([...keys, key]);
      return key;
    },
    moved: (from: number, to: number) => setKeys(moved(keys, from, to)),
    removed: (at: number) => setKeys(keys.filter((_, i) => i !== at)),
  };
}
