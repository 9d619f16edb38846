import { meiliContractEngine, meiliContractSkip } from './meili-contract-engine.ts';
import { searchBehavioursContract } from './meili-behaviours.contract.ts';

// The same cases on a real Meilisearch (MEILI_URL); skipped otherwise (one line says so).
searchBehavioursContract('meilisearch', meiliContractEngine, { skip: meiliContractSkip, large: true });
