/**
 * `npm run reparse -- [--all]` and `npm run reextract -- [ids…]`: the CLI side of reparse.ts.
 * The archive is opened by the caller (same DATA_DIR and engine as the server).
 */
import { parseArgs } from 'node:util';
import type { Archive } from './archive.ts';
import { PARSER_VERSION } from './parse/index.ts';
import { reextractDocuments, reparseArchive } from './reparse.ts';

interface Out {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/** Re-derive outdated records (all with `--all`) from their stored pages. */
export async function runReparse(archive: Archive, args: string[], out: Out): Promise<number> {
  const { values } = parseArgs({ args, options: { all: { type: 'boolean' } } });
  const r = await reparseArchive(archive, {
    all: values.all === true,
    onProgress: (done, total) => out.stderr(`\rreparse ${done}/${total}`),
  });
  out.stderr('\n');
  out.stdout(`reparsed ${r.reparsed} of ${r.total} documents with parser ${PARSER_VERSION}\n`);
  return 0;
}

/** Re-run extraction from the originals of the given ids (every record when none is given). */
export async function runReextract(archive: Archive, args: string[], out: Out): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true });
  let ids = positionals;
  if (ids.length === 0)
    for (const batch of archive.store.iterateDocuments(500)) ids = ids.concat(batch.map((d) => d.id));
  const r = await reextractDocuments(archive, ids, (id, error) =>
    out.stdout(error ? `failed    ${id}: ${error}\n` : `reextracted ${id}\n`),
  );
  out.stdout(`${r.reextracted} re-extracted, ${r.failed} failed\n`);
  return r.failed > 0 ? 1 : 0;
}
