import { optionsSuite } from '@/tests/e2e/options.suite';

optionsSuite('chromium');
