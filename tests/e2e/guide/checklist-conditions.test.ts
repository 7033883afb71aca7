import { conditionTests } from '../checklist-conditions-suite.ts';

// The same tests on this project's guide, whose conditions include whole groups (Phase 1's XMPP planning).
conditionTests();
