// The segment stage (src/segment) as the first extract component: blocks, sections and
// sentences, made once per document for every component after it.
import { segment } from '../segment/index.ts';
import { component } from './compose.ts';

export const segmentationComponent = component({
  name: 'segmentation',
  requires: ['text'],
  provides: ['seg'],
  run: ({ text }) => ({ seg: segment(text) }),
});
