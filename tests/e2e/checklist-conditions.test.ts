import { conditionTests } from './checklist-conditions-suite.ts';

// Conditions (`when`) on the page, on the sign-off sheet and in the search index, on the example guide.
conditionTests();
