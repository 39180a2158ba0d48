import { popupSuite } from '@/tests/e2e/popup.suite';

popupSuite('firefox');
