import { phoneSuite } from '@/tests/e2e/phone.suite';

phoneSuite('chromium');
