/** Worker side of compose-pool: composes its share of the lines with its own matchers. */
import { parentPort, workerData } from 'node:worker_threads';
import { createTopicClassifier } from '../corpus/classify-topics';
import { createOrganizationMatcher } from '../corpus/organizations';
import type { Editorial } from '../editorial/schema';
import { composeArticle } from './compose-article';
import type { ComposeItem } from './compose-pool';

const { editorial, items } = workerData as { editorial: Editorial; items: ComposeItem[] };
const context = {
  topics: createTopicClassifier(editorial.topics),
  organizations: createOrganizationMatcher(editorial.organizations),
};
parentPort!.postMessage(items.map((item) => composeArticle(item.text, item.sources, context)));
