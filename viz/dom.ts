/**
 * viz/dom — the only way the app makes elements. Text goes in through textContent, so words
 * from documents (which may hold `<script>` or `<img onerror>`) can never become markup.
 */
export type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { class?: string; text?: string; title?: string; attrs?: Record<string, string>; on?: Record<string, (e: Event) => void> } = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (props.class) e.className = props.class;
  if (props.text !== undefined) e.textContent = props.text;
  if (props.title) e.title = props.title;
  for (const [k, v] of Object.entries(props.attrs ?? {})) e.setAttribute(k, v);
  for (const [k, f] of Object.entries(props.on ?? {})) e.addEventListener(k, f);
  for (const c of children) if (c) e.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return e;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (!e) throw new Error(`actorgraph/viz: missing #${id} in index.html`);
  return e as T;
}

export function clear(e: Element): void {
  while (e.firstChild) e.firstChild.remove();
}

/** Element.append without the "null" text nodes it makes of falsy children. */
export function append(e: Element, children: Child[]): void {
  for (const c of children) if (c) e.append(typeof c === 'string' ? document.createTextNode(c) : c);
}
