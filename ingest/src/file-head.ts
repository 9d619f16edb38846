import fs from 'node:fs';

/** How much of a file type detection looks at. */
export const HEAD_BYTES = 64 * 1024;

/**
 * The first bytes of a file for type detection. When the file is longer than
 * the head, an incomplete UTF-8 sequence at the cut is dropped, so a long
 * Persian text file is not mistaken for binary because the cut fell inside a
 * character.
 */
export function readHead(file: string, size: number, max = HEAD_BYTES): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(Math.min(size, max));
    const n = fs.readSync(fd, head, 0, head.length, 0);
    let end = n;
    if (size > n) {
      // Step back over continuation bytes to the last lead byte; drop it if its sequence is incomplete.
      let i = n - 1;
      while (i > n - 4 && i >= 0 && (head[i]! & 0xc0) === 0x80) i--;
      const lead = head[i] ?? 0;
      const len = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
      if (i + len > n) end = i;
    }
    return head.subarray(0, end);
  } finally {
    fs.closeSync(fd);
  }
}
