import { compactPanelSuite } from '@/tests/e2e/compact-panel.suite';
import { panelSuite } from '@/tests/e2e/panel.suite';

panelSuite('chromium');
compactPanelSuite('chromium');
