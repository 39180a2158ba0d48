import { firstPaintHoldSuite } from '@/tests/e2e/first-paint-hold.suite';

firstPaintHoldSuite('firefox');
