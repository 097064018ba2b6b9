// Reads the responsibility matrix out of its webview. In code-server a webview is two nested
// iframes (the host page, then the content frame), replaced whenever the extension sets new HTML,
// so the frame is found by its content on each poll and read in one evaluate (a frame swapped in
// between two reads cannot mix two pages).

/**
 * Waits (polling every frame of `page`) for a frame whose first table has a body row, and returns
 * { summary, headers, rows }: the paragraph above the table, the column headers, and per row the
 * cells as { text, label } (label = the cell's aria-label, which spells out ✓ ✗ ○ —).
 */
export async function waitForMatrixTable(page, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let seen = 'no frame with a matrix table';
  for (;;) {
    for (const frame of page.frames()) {
      const table = await frame.evaluate(readTable).catch(() => undefined);
      if (table?.rows.length) return table;
      if (table) seen = `a matrix page without rows: ${table.summary}`;
    }
    if (Date.now() > deadline) throw new Error(`the matrix webview did not render its table within ${timeoutMs} ms (${seen})`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Runs inside a frame: undefined unless it is the matrix page. */
function readTable() {
  const heading = document.querySelector('h1');
  if (heading?.textContent !== 'Responsibility matrix') return undefined;
  const table = document.querySelector('table');
  const text = (el) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return {
    summary: text(heading.nextElementSibling),
    headers: table ? [...table.querySelectorAll('thead th')].map(text) : [],
    rows: table
      ? [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => ({ text: text(c), label: c.getAttribute('aria-label') ?? undefined })))
      : [],
  };
}
