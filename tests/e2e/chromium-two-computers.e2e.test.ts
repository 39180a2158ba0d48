import { twoComputersSuite } from '@/tests/e2e/two-computers.suite';

twoComputersSuite('chromium');
