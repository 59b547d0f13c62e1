// Playwright check of what a person sees in the code-server workbench: an article without a
// header shows an error squiggle, hovering it shows the diagnostic (with its code), and the
// Problems panel lists it. Screenshots go to test/e2e/screenshots/ (git-ignored).
import path from 'node:path';

const ARTICLE = '002_9f0d4b6a2c8e1735.txt';
const CLEAN_ARTICLE = '001_5c1e0a9b7d3f2e41.txt';
const CODE = 'header/missing';

export async function runUiCheck({ browser, server, workspace, screenshotsDir, workbenchUrl, repoRoot, log }) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  // The workbench calls these when it runs tests; harmless no-ops here.
  await page.exposeFunction('codeAutomationLog', () => {});
  await page.exposeFunction('codeAutomationExit', () => {});
  const shot = (name) => page.screenshot({ path: path.join(screenshotsDir, name) });
  const step = async (what, fn) => {
    try {
      return await fn();
    } catch (e) {
      const file = `ui-failed-${what.replace(/\W+/g, '-')}.png`;
      await shot(file).catch(() => {});
      throw new Error(`${what}: ${e.message.split('\n')[0]} (screenshot ${file})`);
    }
  };
  try {
    await page.goto(workbenchUrl(server, workspace, { extensionDevelopmentPath: repoRoot }));
    await step('workbench loads', () => page.locator('.monaco-workbench .part.editor').waitFor({ state: 'visible', timeout: 60_000 }));

    const openFile = async (name) => {
      await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } }).catch(() => {});
      await page.keyboard.press('Control+P');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 15_000 });
      await input.fill(name);
      const row = page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
      await row.waitFor({ state: 'visible', timeout: 20_000 });
      await input.press('Enter');
      await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ state: 'visible', timeout: 15_000 });
    };

    // A clean article first, for a screenshot of the highlighting and inlay hints.
    await step(`open ${CLEAN_ARTICLE}`, () => openFile(CLEAN_ARTICLE));
    await step('language mode shows Corpus Article', () =>
      page.locator('.statusbar-item', { hasText: /Corpus Article|corpus-article/ }).first().waitFor({ state: 'visible', timeout: 30_000 }),
    );
    // Inlay hints are rendered as injected text in the view lines.
    await step('inlay hint 2026-02-24 is shown after 24/2', () =>
      page.locator('.monaco-editor .view-lines', { hasText: '2026-02-24' }).first().waitFor({ state: 'visible', timeout: 30_000 }),
    );
    await shot('article.png');

    await step(`open ${ARTICLE}`, () => openFile(ARTICLE));
    const squiggle = page.locator('.monaco-editor .view-overlays .squiggly-error').first();
    await step('error squiggle appears', () => squiggle.waitFor({ state: 'attached', timeout: 60_000 }));
    await shot('squiggle.png');

    const box = await squiggle.boundingBox();
    if (!box) throw new Error('squiggle has no bounding box');
    const hover = page.locator('.monaco-hover:visible, .monaco-resizable-hover:visible').filter({ hasText: CODE }).first();
    await step('hover shows the diagnostic code', async () => {
      // Move onto the squiggled word (move away first so the hover re-triggers on retries).
      for (let attempt = 0; attempt < 5; attempt++) {
        await page.mouse.move(box.x + box.width / 2, box.y - 4);
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 - 6, { steps: 4 });
        try {
          await hover.waitFor({ state: 'visible', timeout: 4_000 });
          return;
        } catch {
          await page.mouse.move(5, 5);
        }
      }
      await hover.waitFor({ state: 'visible', timeout: 1 });
    });
    const hoverText = (await hover.innerText()).replace(/\s+/g, ' ').trim();
    await shot('hover.png');

    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+M');
    const problems = page.locator('.markers-panel');
    await step('Problems panel opens', () => problems.waitFor({ state: 'visible', timeout: 15_000 }));
    const problemRow = problems.locator('.monaco-list-row', { hasText: CODE }).first();
    await step('Problems panel lists header/missing', () => problemRow.waitFor({ state: 'visible', timeout: 20_000 }));
    const rows = await problems.locator('.monaco-list-row').allInnerTexts();
    await shot('problems.png');
    if (!hoverText.includes(CODE)) throw new Error(`hover text lacks ${CODE}: ${hoverText}`);
    return {
      summary: `hover "${hoverText.slice(0, 120)}"; Problems panel shows ${rows.length} rows incl. ${CODE}; screenshots in ${screenshotsDir}`,
    };
  } finally {
    await context.close().catch(() => {});
  }
}
