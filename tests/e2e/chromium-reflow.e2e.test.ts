import { reflowSuite } from '@/tests/e2e/reflow.suite';

reflowSuite('chromium');
