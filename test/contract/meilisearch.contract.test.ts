import { commitmentsContract } from './commitments.contract.ts';
import { meiliContractEngine, meiliContractSkip } from './meili-contract-engine.ts';
import { searchEngineContract } from './search-engine.contract.ts';
import { variantContract } from './search-variants.contract.ts';

searchEngineContract('meilisearch', meiliContractEngine, { skip: meiliContractSkip });
commitmentsContract('meilisearch', meiliContractEngine, { skip: meiliContractSkip });
variantContract('meilisearch', meiliContractEngine, { skip: meiliContractSkip });
