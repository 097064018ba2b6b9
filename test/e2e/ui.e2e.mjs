// The UI test: what a person sees. Installs the packaged onus.vsix into a throw-away code-server,
// opens terraform/main.tf of a copy of the fixture workspace in headless Chromium and checks the
// squiggles, the Problems panel, the hover, the quick-fix menu (Ctrl+.), the fixed file on disk, and
// the responsibility matrix webview and its status bar item.
// Screenshots go to test/e2e/screenshots/ (git-ignored). Interactions are retried (the first Ctrl+.
// sometimes opens no menu); assertions are not. Needs `npm run package` (onus.vsix) first.
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitForMatrixTable } from './webview.mjs';
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

/** Runs `title` from the command palette (Enter only once it is listed) until `check` holds. */
async function paletteCommand(page, title, check) {
  const palette = page.locator('.quick-input-widget');
  const row = palette.locator('.monaco-list-row', { hasText: title }).first();
  await retryInteraction(
    `run "${title}" from the command palette`,
    async () => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Shift+P');
      await palette.locator('input').waitFor({ timeout: 3000 }).catch(() => undefined);
      await page.keyboard.type(title);
      // Enter only on the command itself: a list still filtering could run another one.
      const listed = await row.waitFor({ timeout: 3000 }).then(() => true, () => false);
      await page.keyboard.press(listed ? 'Enter' : 'Escape');
    },
    check,
  );
}

/** Waits until `locator`'s CSS animations (fade-ins) are over, so a screenshot shows it as a person does. */
async function settled(locator) {
  await locator.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
}

/**
 * For the screenshot: drags the hover's bottom edge down until its content needs no scrolling (the
 * hover opens at 250 px, which cuts the duty checklist). Retried; a hover that stays cut is logged.
 */
async function showWholeHover(page, hover) {
  const overflow = () =>
    hover.evaluate((el) => {
      const content = el.querySelector('.monaco-hover-content');
      return content ? content.scrollHeight - content.clientHeight : 0;
    }, undefined, { timeout: 3000 });
  const sash = page.locator('.monaco-resizable-hover .monaco-sash.orthogonal-edge-south:not(.disabled)').first();
  for (let attempt = 1; attempt <= 3 && (await overflow()) > 0; attempt++) {
    const box = await sash.boundingBox();
    if (!box) break;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    // Through the hover to its edge (a jump from the token straight onto the edge closes it), drag
    // the edge down, and back into the hover so the edge is not highlighted in the screenshot.
    await page.mouse.move(x, y - 40, { steps: 5 });
    await page.mouse.move(x, y, { steps: 4 });
    await page.mouse.down();
    await page.mouse.move(x, y + (await overflow()) + 8, { steps: 8 });
    await page.mouse.up();
    await page.mouse.move(x, y - 40, { steps: 5 });
  }
  const left = await overflow();
  if (left > 0) log(`hover screenshot: ${left} px of the hover still need scrolling`);
  await settled(hover);
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
    const panel = page.locator('[id="workbench.parts.panel"]');
    const openProblems = () =>
      retryInteraction(
        'open the Problems panel',
        async () => {
          await editor.locator('.view-lines').click({ position: { x: 5, y: 5 } });
          await page.keyboard.press('Control+Shift+M');
        },
        (ms) => rows.filter({ hasText: 'aws-security-group-open-ingress' }).first().waitFor({ timeout: ms }),
      );
    await openProblems();
    const problems = (await rows.allInnerTexts()).join('\n');
    for (const rule of ['aws-ebs-encryption', broken.has('rule') ? 'aws-wrong-rule-id' : 'aws-security-group-open-ingress']) {
      assert.ok(problems.includes(rule), `Problems panel shows ${rule}:\n${problems}`);
    }
    assert.match(problems, /EBS volume data is not encrypted/);
    await shot('02-problems');

    // 3. Hover on the resource type: the provider/customer split. The panel is hidden meanwhile: a
    // hover cannot grow past the editor, and the screenshot shows it whole (the panel comes back after).
    await paletteCommand(page, 'View: Hide Panel', (ms) => panel.waitFor({ state: 'hidden', timeout: ms }));
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
    // The duty checklist of "Your part", one line per duty with its status.
    assert.match(hoverText, /^✗ Encrypt volumes .* — Data protection; not met: EBS volume data is not encrypted at rest/m);
    assert.match(hoverText, /^○ Take and keep snapshots .* — Backup & disaster recovery; not checkable from code$/m);
    assert.match(hoverText, /^✓ Tag volumes .* — Cost, tagging & lifecycle; met$/m);
    await showWholeHover(page, hover.filter({ hasText: "The provider's part" }).first());
    await shot('03-hover');
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    await openProblems();

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
    // The status bar item follows (its count is the server's matrix, fetched again once the
    // diagnostics settle): 4 duties not met before the fix, 3 after.
    const unmet = page.locator('.statusbar-item', { hasText: /^Onus: \d+ unmet$/ }).first();
    await page.locator('.statusbar-item', { hasText: /^Onus: 3 unmet$/ }).first().waitFor();
    await shot('05-fixed');

    // 6. "Onus: Show Responsibility Matrix" from the command palette: the webview's table after the
    // fix (3 duties not met: the three EBS volumes' encryption), the same count as the status bar.
    const matrixTab = page.locator('.tabs-container .tab', { hasText: 'Onus: Responsibility Matrix' });
    await editor.locator('.view-lines').click({ position: { x: 5, y: 5 } });
    await paletteCommand(page, 'Onus: Show Responsibility Matrix', (ms) => matrixTab.first().waitFor({ timeout: ms }));
    const matrix = await waitForMatrixTable(page, stepTimeout);
    log(`matrix: ${matrix.summary}`);
    assert.match(matrix.summary, /^5 resources · 3 customer duties not met\./);
    const column = (title) => {
      const i = matrix.headers.indexOf(title);
      assert.ok(i >= 0, `a "${title}" column in ${matrix.headers.join(' | ')}`);
      return i;
    };
    const row = (resource, file) => {
      const found = matrix.rows.find((r) => r[0].text === resource && r[1].text === file);
      assert.ok(found, `a row for ${resource} (${file}) in:\n${matrix.rows.map((r) => r.map((c) => c.text).join(' | ')).join('\n')}`);
      return found;
    };
    const ebs = row('aws_ebs_volume.data', 'terraform/main.tf:2');
    assert.equal(ebs[column('Service')].text, 'Amazon EBS');
    const ebsData = ebs[column('Data protection')];
    assert.deepEqual(ebsData, broken.has('matrix') ? { text: '✓', label: 'met' } : { text: '✗', label: 'not met' });
    // The fixed security group: its network duty is met now, one more is for a person to check.
    assert.deepEqual(row('aws_security_group.admin', 'terraform/main.tf:11')[column('Network exposure & segmentation')], { text: '✓ ○', label: 'met, 1 more not checkable from code' });
    assert.equal(matrix.rows.filter((r) => r.some((c) => c.text.startsWith('✗'))).length, 3, 'rows with a duty not met');
    const statusText = (await unmet.innerText()).trim();
    assert.match(statusText, /^Onus: \d+ unmet$/);
    assert.equal(statusText, `Onus: ${/^\d+ resources · (\d+) customer duties not met/.exec(matrix.summary)?.[1]} unmet`, 'status bar and panel agree');

    // The screenshot: the matrix alone in the editor area (no side bar, no panel, main.tf closed).
    await paletteCommand(page, 'View: Close Primary Side Bar', (ms) => page.locator('[id="workbench.parts.sidebar"]').waitFor({ state: 'hidden', timeout: ms }));
    await paletteCommand(page, 'View: Hide Panel', (ms) => panel.waitFor({ state: 'hidden', timeout: ms }));
    const mainTab = page.locator('.tabs-container .tab', { hasText: 'main.tf' }).first();
    await matrixTab.first().click();
    await paletteCommand(page, 'View: Close Editors in Other Groups', (ms) => mainTab.waitFor({ state: 'detached', timeout: ms }));
    await matrixTab.first().waitFor();
    await page.waitForFunction(() => {
      const frame = document.querySelector('iframe.webview');
      return frame !== null && frame.getBoundingClientRect().width > window.innerWidth * 0.9;
    }, null, { timeout: stepTimeout });
    assert.deepEqual(await waitForMatrixTable(page, stepTimeout), matrix, 'the matrix after the layout change');
    await shot('06-matrix');
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
