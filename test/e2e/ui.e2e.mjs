// The UI test: what a person sees. Installs the packaged onus.vsix into a throw-away code-server,
// opens terraform/main.tf of a copy of the fixture workspace in headless Chromium and checks the
// squiggles, the Problems panel, the hover, the quick-fix menu (Ctrl+.) and the fixed file on disk.
// Screenshots go to test/e2e/screenshots/ (git-ignored). Interactions are retried (the first Ctrl+.
// sometimes opens no menu); assertions are not. Needs `npm run package` (onus.vsix) first.
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { installExtension, launchChromium, log, makeSandbox, remoteUri, removeSandbox, repoRoot, requireToolchain, screenshotDir, startCodeServer, workbenchUrl } from './code-server.mjs';

const broken = new Set((process.env.ONUS_E2E_BREAK ?? '').split(',').filter(Boolean));
const stepTimeout = Number(process.env.ONUS_E2E_WAIT_MS ?? 30_000);

/** Runs `interaction` until `check` holds (each check waits up to `waitMs`), at most `attempts` times. */
async function retryInteraction(what, interaction, check, { attempts = 4, waitMs = 3000 } = {}) {
  let last;
  for (let i = 1; i <= attempts; i++) {
    await interaction(i);
    try {
      await check(waitMs);
      if (i > 1) log(`${what}: worked on attempt ${i}`);
      return;
    } catch (error) {
      last = error;
      log(`${what}: attempt ${i} showed nothing yet`);
    }
  }
  throw new Error(`${what}: nothing after ${attempts} attempts: ${last?.message ?? last}`);
}

export async function runUi() {
  requireToolchain();
  const vsix = join(repoRoot, 'onus.vsix');
  if (!existsSync(vsix)) throw new Error('onus.vsix is missing: run `npm run package`');
  mkdirSync(screenshotDir, { recursive: true });
  const dirs = makeSandbox('ui');
  installExtension(dirs, vsix);
  const server = await startCodeServer(dirs);
  const browser = await launchChromium();
  const file = join(dirs.workspace, 'terraform/main.tf');
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    page.setDefaultTimeout(stepTimeout);
    const shot = async (name) => {
      const path = join(screenshotDir, `${name}.png`);
      await page.screenshot({ path });
      log(`screenshot ${path}`);
    };
    await page.goto(workbenchUrl(server, dirs.workspace, [['openFile', remoteUri(server, file)]]));

    // 1. The editor shows main.tf as Terraform, with squiggles under both findings.
    const editor = page.locator('.editor-instance .monaco-editor').first();
    await editor.locator('.view-lines', { hasText: 'aws_ebs_volume' }).waitFor();
    await page.locator('.statusbar-item', { hasText: /^Terraform$/ }).first().waitFor();
    const squiggles = editor.locator('.squiggly-warning');
    await page.waitForFunction(() => document.querySelectorAll('.editor-instance .squiggly-warning').length >= 2, null, { timeout: stepTimeout });
    log(`squiggles: ${await squiggles.count()}`);
    await shot('01-squiggles');

    // 2. The Problems panel lists both findings with their rule ids.
    const rows = page.locator('.markers-panel .monaco-list-row');
    await retryInteraction(
      'open the Problems panel',
      async () => {
        await editor.locator('.view-lines').click({ position: { x: 5, y: 5 } });
        await page.keyboard.press('Control+Shift+M');
      },
      (ms) => rows.filter({ hasText: 'aws-security-group-open-ingress' }).first().waitFor({ timeout: ms }),
    );
    const problems = (await rows.allInnerTexts()).join('\n');
    for (const rule of ['aws-ebs-encryption', broken.has('rule') ? 'aws-wrong-rule-id' : 'aws-security-group-open-ingress']) {
      assert.ok(problems.includes(rule), `Problems panel shows ${rule}:\n${problems}`);
    }
    assert.match(problems, /EBS volume data is not encrypted/);
    await shot('02-problems');

    // 3. Hover on the resource type: the provider/customer split.
    // A token is one innermost span (the grammar splits the quotes off).
    const typeToken = editor.locator('.view-lines .view-line span > span', { hasText: /aws_ebs_volume/ }).first();
    const hover = page.locator('.monaco-hover:not(.hidden)');
    await retryInteraction(
      'hover over "aws_ebs_volume"',
      async (i) => {
        await page.mouse.move(5, 5);
        await typeToken.hover({ position: { x: 10 + i * 3, y: 5 } });
      },
      (ms) => hover.filter({ hasText: "The provider's part" }).first().waitFor({ timeout: ms }),
    );
    const hoverText = await hover.filter({ hasText: "The provider's part" }).first().innerText();
    assert.ok(hoverText.includes(broken.has('hover') ? 'text that is not in the hover' : 'Your part'), `hover text:\n${hoverText}`);
    assert.match(hoverText, /not met/);
    await shot('03-hover');
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');

    // 4. Ctrl+. on the open CIDR: the quick-fix menu, then apply the preferred fix and save.
    const cidr = editor.locator('.view-lines .view-line span > span', { hasText: /0\.0\.0\.0\/0/ }).first();
    const menu = page.locator('.action-widget');
    const wanted = broken.has('fix') ? /a fix that does not exist/ : /Narrow 0\.0\.0\.0\/0/;
    await retryInteraction(
      'open the quick-fix menu with Ctrl+.',
      async () => {
        await page.keyboard.press('Escape');
        await cidr.click({ position: { x: 12, y: 5 } });
        await page.keyboard.press('Control+.');
      },
      (ms) => menu.locator('.monaco-list-row', { hasText: wanted }).first().waitFor({ timeout: ms }),
    );
    const items = await menu.locator('.monaco-list-row').allInnerTexts();
    log(`quick-fix menu: ${items.map((t) => t.replace(/\s+/g, ' ').trim()).join(' | ')}`);
    assert.ok(items.some((t) => /Suppress/.test(t)), `a suppression in the menu: ${items.join(' | ')}`);
    await shot('04-quickfix');
    await menu.locator('.monaco-list-row', { hasText: wanted }).first().click();
    await editor.locator('.view-lines', { hasText: '203.0.113.0/24' }).waitFor();
    await page.keyboard.press('Control+S');

    // 5. The fixed file on disk, and the squiggle for that finding gone.
    const deadline = Date.now() + stepTimeout;
    while (!readFileSync(file, 'utf8').includes('203.0.113.0/24')) {
      if (Date.now() > deadline) throw new Error(`main.tf on disk was not fixed:\n${readFileSync(file, 'utf8')}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const onDisk = readFileSync(file, 'utf8');
    assert.match(onDisk, /cidr_blocks = \["203\.0\.113\.0\/24"\]/);
    assert.doesNotMatch(onDisk, /0\.0\.0\.0\/0/);
    await page.waitForFunction(() => document.querySelectorAll('.editor-instance .squiggly-warning').length === 1, null, { timeout: stepTimeout });
    await rows.filter({ hasText: 'aws-security-group-open-ingress' }).first().waitFor({ state: 'detached' });
    await shot('05-fixed');
    log('UI test passed');
    return 0;
  } catch (error) {
    await browser
      .contexts()[0]
      ?.pages()[0]
      ?.screenshot({ path: join(screenshotDir, 'failure.png') })
      .catch(() => undefined);
    log(`UI test FAILED (screenshot test/e2e/screenshots/failure.png; code-server log ${dirs.log}): ${error.message}`);
    process.env.ONUS_E2E_KEEP = '1';
    return 1;
  } finally {
    await browser.close().catch(() => undefined);
    await server.stop();
    removeSandbox(dirs);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runUi().then(
    (code) => process.exit(code),
    (error) => {
      log(`FAILED: ${error.stack ?? error}`);
      process.exit(1);
    },
  );
}
