import { aidsSuite } from '@/tests/e2e/aids.suite';

aidsSuite('chromium');
