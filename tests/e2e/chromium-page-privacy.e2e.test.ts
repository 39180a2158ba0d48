import { pagePrivacySuite } from '@/tests/e2e/page-privacy.suite';

pagePrivacySuite('chromium');
