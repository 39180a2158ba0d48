import { panelSuite } from '@/tests/e2e/panel.suite';

panelSuite('firefox');
