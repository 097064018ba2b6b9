/**
 * A small well-formedness check for the HTML Onus writes (no DOM library in the project):
 * every tag closed in order (void elements excepted), attributes double-quoted, no stray `<`
 * or `>` in text, `<script>`/`<style>` bodies taken as raw text. Returns the elements in
 * document order with their attributes and parent chain, so tests can check structure.
 */
const voidElements = new Set(['meta', 'br', 'img', 'link', 'input', 'hr']);
const rawText = new Set(['script', 'style']);

export interface HtmlElement {
  name: string;
  attributes: Record<string, string>;
  /** Names of the enclosing elements, outermost first. */
  path: string[];
  /** Text directly and indirectly inside, tags removed, entities left as written. */
  text: string;
}

export function parseHtml(html: string): HtmlElement[] {
  const elements: HtmlElement[] = [];
  const open: { element: HtmlElement; start: number }[] = [];
  const source = html.replace(/^<!DOCTYPE html>\n?/i, '');
  const tag = /<(\/?)([a-zA-Z][\w-]*)((?:\s+[\w:-]+(?:="[^"]*")?)*)\s*(\/?)>/y;
  let i = 0;
  let textStart = 0;
  const checkText = (text: string, at: number) => {
    if (/[<>]/.test(text)) throw new Error(`stray < or > in text at ${at}: ${JSON.stringify(text.slice(0, 60))}`);
  };
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    if (lt < 0) break;
    checkText(source.slice(i, lt), i);
    tag.lastIndex = lt;
    const m = tag.exec(source);
    if (!m) throw new Error(`malformed tag at ${lt}: ${JSON.stringify(source.slice(lt, lt + 60))}`);
    const [whole, closing, rawName, attrs] = m;
    const name = rawName.toLowerCase();
    if (closing) {
      const top = open.pop();
      if (!top || top.element.name !== name) throw new Error(`</${name}> at ${lt} closes <${top?.element.name ?? 'nothing'}>`);
      top.element.text = source.slice(top.start, lt).replace(/<[^>]*>/g, '');
    } else {
      const attributes: Record<string, string> = {};
      for (const a of attrs.matchAll(/([\w:-]+)(?:="([^"]*)")?/g)) attributes[a[1]] = a[2] ?? '';
      const element: HtmlElement = { name, attributes, path: open.map((o) => o.element.name), text: '' };
      elements.push(element);
      if (rawText.has(name)) {
        const end = source.indexOf(`</${name}>`, lt + whole.length);
        if (end < 0) throw new Error(`<${name}> at ${lt} is never closed`);
        element.text = source.slice(lt + whole.length, end);
        i = textStart = end + name.length + 3;
        continue;
      }
      if (!voidElements.has(name) && !m[4]) open.push({ element, start: lt + whole.length });
    }
    i = textStart = lt + whole.length;
  }
  checkText(source.slice(textStart), textStart);
  if (open.length > 0) throw new Error(`unclosed: ${open.map((o) => `<${o.element.name}>`).join(' ')}`);
  return elements;
}
