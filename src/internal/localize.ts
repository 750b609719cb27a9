/**
 * A tiny typed message catalog with per-element locales.
 *
 * Why not `@lit/localize`: its runtime mode keeps one active locale for the whole page, while a
 * `vf-*` element must follow its own `lang` (or its nearest ancestor's), so two elements on one page
 * can speak two languages. Catalogs here are plain objects checked by the compiler: a Portuguese
 * catalog that misses a key or changes a parameter list does not compile.
 */

export const SUPPORTED_LOCALES = ['en', 'pt-BR'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const SOURCE_LOCALE: Locale = 'en';

/** A message is a string or a function of its parameters. */
export type Message = string | ((...args: never[]) => string);
export type Catalog = Record<string, Message>;

/** The translation of a source catalog: same keys, same parameter lists. */
export type Translation<C extends Catalog> = {
  [K in keyof C]: C[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

export interface Messages<C extends Catalog> {
  en: C;
  'pt-BR': Translation<C>;
}

export function defineMessages<C extends Catalog>(messages: Messages<C>): Messages<C> {
  return messages;
}

type Args<M> = M extends (...args: infer A) => string ? A : [];

/** Looks a message up in the catalog of `locale` and applies its parameters. */
export function translate<C extends Catalog, K extends keyof C & string>(
  messages: Messages<C>,
  locale: Locale,
  key: K,
  ...args: Args<C[K]>
): string {
  const catalog = (messages[locale] ?? messages.en) as Catalog;
  const message = catalog[key] ?? messages.en[key];
  return typeof message === 'function'
    ? (message as (...a: Args<C[K]>) => string)(...args)
    : String(message);
}

/** Maps any BCP 47 tag to a supported locale: `pt`, `pt-br`, `pt-PT` → `pt-BR`; others → `en`. */
export function matchLocale(tag: string | null | undefined): Locale {
  const lower = (tag ?? '').trim().toLowerCase();
  if (lower === 'pt' || lower.startsWith('pt-')) return 'pt-BR';
  return 'en';
}

/**
 * The language in force for `element`: its own `lang`, else the nearest ancestor with one (crossing
 * shadow roots, so an element inside another element's shadow DOM follows its host), else the
 * document's.
 */
export function resolveLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang'))
      return node.getAttribute('lang') ?? '';
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return element.ownerDocument?.documentElement?.lang ?? '';
}
