/**
 * Experiment (issue #16): does a small learned sentence classifier help the resolution rules on
 * documents it was not trained on? Pure TypeScript, deterministic: multinomial naive Bayes on
 * folded word unigrams and bigrams (digits as «0»), classes decision / commitment / other,
 * sentences labelled from the gold of the training corpora (a sentence holding a gold
 * resolution's `text_start` is a decision, one holding a gold commitment's start a commitment).
 *
 * "Combined" is measured three ways: `add` adds, to the rule resolutions, every sentence of a
 * minutes or news document that the classifier calls a decision with a posterior ≥ the
 * threshold and no rule resolution covers; `veto` drops rule resolutions the classifier calls
 * other with a posterior ≥ the threshold; `both` does both. Both directions are measured: train on seeds + real + heldout + heldout2 and test
 * on real2, and train on real2 and test on the other four. Usage:
 *   node --import tsx ingest/src/eval/sentence-classifier.ts <corpus> <corpus2/real2> [threshold…]
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fold } from '../parse/fold.ts';
import { parseDocument } from '../parse/index.ts';
import { sentenceSpans } from '../parse/sentences.ts';
import { toDisplay } from '../text/index.ts';
import { findSets } from './run-eval.ts';
import { looseKey, type FieldCounts } from './match.ts';
import { addCounts, resolutionMatches, scoreDocument, toScore, type GoldRecord } from './score.ts';

type Label = 'decision' | 'commitment' | 'other';
const LABELS: Label[] = ['decision', 'commitment', 'other'];

interface Doc {
  set: string;
  gold: GoldRecord;
  text: string;
  sentences: string[];
}

/** Folded word features: unigrams and bigrams, digits collapsed. */
export function features(sentence: string): string[] {
  const ws = fold(sentence)
    .replace(/\d+/g, '0')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const out = new Set<string>(ws);
  for (let i = 0; i + 1 < ws.length; i++) out.add(`${ws[i]} ${ws[i + 1]}`);
  return [...out];
}

function labelOf(sentence: string, gold: GoldRecord): Label {
  const k = looseKey(sentence);
  if (k.length < 10) return 'other';
  if (gold.resolutions.some((r) => resolutionMatches(sentence, r.text_start))) return 'decision';
  if ((gold.commitments ?? []).some((c) => k.includes(looseKey(c.text_start).slice(0, 30)))) return 'commitment';
  return 'other';
}

/** Multinomial naive Bayes with Laplace smoothing. */
export interface Model {
  prior: Record<Label, number>;
  counts: Record<Label, Map<string, number>>;
  totals: Record<Label, number>;
  vocabulary: number;
}

export function train(examples: { features: string[]; label: Label }[]): Model {
  const counts = { decision: new Map(), commitment: new Map(), other: new Map() } as Model['counts'];
  const totals = { decision: 0, commitment: 0, other: 0 };
  const docs = { decision: 0, commitment: 0, other: 0 };
  const vocab = new Set<string>();
  for (const e of examples) {
    docs[e.label]++;
    for (const f of e.features) {
      counts[e.label].set(f, (counts[e.label].get(f) ?? 0) + 1);
      totals[e.label]++;
      vocab.add(f);
    }
  }
  const n = examples.length;
  const prior = Object.fromEntries(LABELS.map((l) => [l, Math.log((docs[l] + 1) / (n + LABELS.length))])) as Record<
    Label,
    number
  >;
  return { prior, counts, totals, vocabulary: vocab.size };
}

/** Posterior of each class. */
export function classify(model: Model, fs: string[]): Record<Label, number> {
  const logp = {} as Record<Label, number>;
  for (const l of LABELS) {
    let s = model.prior[l];
    for (const f of fs) s += Math.log(((model.counts[l].get(f) ?? 0) + 1) / (model.totals[l] + model.vocabulary));
    logp[l] = s;
  }
  const max = Math.max(...Object.values(logp));
  const z = LABELS.reduce((acc, l) => acc + Math.exp(logp[l] - max), 0);
  return Object.fromEntries(LABELS.map((l) => [l, Math.exp(logp[l] - max) / z])) as Record<Label, number>;
}

async function loadDocs(dir: string): Promise<Doc[]> {
  const out: Doc[] = [];
  for (const set of await findSets(dir)) {
    const lines = (await readFile(join(set.dir, 'gold.jsonl'), 'utf8')).split('\n').filter((l) => l.trim());
    for (const l of lines) {
      const gold = JSON.parse(l) as GoldRecord;
      const text = toDisplay(await readFile(join(set.dir, `${gold.id}.txt`), 'utf8'));
      const sentences = sentenceSpans(text, { lineBreaks: 'paragraphs', colon: true })
        .map(([a, b]) => text.slice(a, b).trim())
        .filter((s) => s.split(/\s+/).length >= 4);
      out.push({ set: set.name, gold, text, sentences });
    }
  }
  return out;
}

type Mode = 'add' | 'veto' | 'both';

function evaluate(
  model: Model | null,
  docs: Doc[],
  threshold: number,
  mode: Mode = 'both',
): { f1: number; counts: FieldCounts } {
  const total: Record<string, FieldCounts> = {};
  for (const d of docs) {
    const rec = parseDocument(d.text, { filename: `${d.gold.id}.txt` });
    let resolutions = rec.resolutions.map((r) => ({ text: r.text, responsible: r.responsible, deadline: r.deadline }));
    if (model && (rec.kind === 'minutes' || rec.kind === 'news')) {
      if (mode !== 'add') resolutions = resolutions.filter((r) => classify(model, features(r.text)).other < threshold);
      for (const s of mode === 'veto' ? [] : d.sentences) {
        const p = classify(model, features(s));
        const covered = resolutions.some(
          (r) =>
            looseKey(r.text).includes(looseKey(s).slice(0, 20)) || looseKey(s).includes(looseKey(r.text).slice(0, 20)),
        );
        if (p.decision >= threshold && !covered) resolutions.push({ text: s, responsible: [], deadline: null });
      }
    }
    const score = scoreDocument({ ...rec, resolutions }, d.gold);
    addCounts(total, { resolutions: score.counts['resolutions']! });
  }
  const c = total['resolutions']!;
  return { f1: toScore(c).f1, counts: c };
}

async function main(): Promise<void> {
  const [corpus, real2, ...ts] = process.argv.slice(2);
  if (!corpus || !real2) {
    console.error('usage: sentence-classifier.ts <corpus> <real2> [threshold…]');
    process.exit(2);
  }
  const thresholds = ts.length ? ts.map(Number) : [0.5, 0.9, 0.99, 0.999];
  const others = [
    ...(await loadDocs(corpus)),
    ...(await loadDocs('test/heldout')),
    ...(await loadDocs('test/heldout2')),
  ];
  const r2 = await loadDocs(real2);
  const examples = (docs: Doc[]) =>
    docs.flatMap((d) => d.sentences.map((s) => ({ features: features(s), label: labelOf(s, d.gold) })));
  for (const [name, trainOn, testOn] of [
    ['train seeds+real+heldout+heldout2, test real2', others, r2],
    ['train real2, test seeds+real+heldout+heldout2', r2, others],
  ] as const) {
    const ex = examples(trainOn);
    const model = train(ex);
    const n = Object.fromEntries(LABELS.map((l) => [l, ex.filter((e) => e.label === l).length]));
    const rules = evaluate(null, testOn, 1);
    console.log(`== ${name} (training sentences ${JSON.stringify(n)})`);
    const fmt = (c: FieldCounts) => `${c.tp}/${c.fp}/${c.fn}`;
    console.log(`rules alone: resolutions F1 ${rules.f1.toFixed(3)} (${fmt(rules.counts)})`);
    for (const t of thresholds) {
      const row = (['add', 'veto', 'both'] as Mode[]).map((mode) => {
        const comb = evaluate(model, testOn, t, mode);
        return `${mode} ${comb.f1.toFixed(3)} (${fmt(comb.counts)})`;
      });
      console.log(`combined, posterior ≥ ${t}: ${row.join(', ')}`);
    }
  }
}

await main();
