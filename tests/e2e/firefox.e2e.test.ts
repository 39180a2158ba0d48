import { readableModeSuite } from '@/tests/e2e/readable-mode.suite';

readableModeSuite('firefox');
