import { readAloudSuite } from '@/tests/e2e/read-aloud.suite';

readAloudSuite('firefox');
