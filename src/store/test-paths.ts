// Where the store's tests find the shared readouts and the examples (one definition for all tests).
export { REPO, SHARED, EXAMPLES, sharedFolder } from '../testing/shared.ts';
