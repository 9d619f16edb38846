import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseDocument } from '/work/wt/comA9/ingest/src/parse/index.ts';
import { toDisplay } from '/work/wt/comA9/ingest/src/text/index.ts';
const p = process.argv[2]!;
const rec = parseDocument(toDisplay(readFileSync(p, 'utf8')), { filename: basename(p) }) as any;
const grep = process.argv[3];
for (const r of rec.resolutions ?? []) if (!grep || r.text.includes(grep)) console.log('RES', JSON.stringify({ t: r.text.slice(0, 160), resp: r.responsible, dl: r.deadline }));
for (const c of rec.commitments ?? []) if (!grep || c.text.includes(grep)) console.log('COM', c.source, JSON.stringify({ t: c.text.slice(0, 200), p: c.parties, a: c.amounts.map((a: any) => a.text), d: c.deadline?.text }));
