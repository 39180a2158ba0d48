import { pageAttacksSuite } from '@/tests/e2e/page-attacks.suite';

pageAttacksSuite('firefox');
