import { restylingSuite } from '@/tests/e2e/restyling.suite';

restylingSuite('chromium');
