import { test } from '@playwright/test';
test('shots', async ({ page }) => {
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto('fr/changes/');
  await page.screenshot({ path: '/tmp/i17b-changes-fr.png', fullPage: true });
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('en/changes/');
  await page.screenshot({ path: '/tmp/i17b-changes-en-320.png', fullPage: true });
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto('fr/checklists/');
  await page.screenshot({ path: '/tmp/i17b-cover-fr.png' });
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: '/tmp/i17b-sheets-fr.pdf', format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  await page.goto('fr/phase-3-deploy-lync-server-2013-pilot-pool/#download-topology-from-existing-deployment');
  await page.screenshot({ path: '/tmp/i17b-label-fr.png' });
});
