import type { ArgTypesEnhancer, StrictInputType } from 'storybook/internal/types';

/** The parts of a Custom Elements Manifest (schema 2.x) this file reads. */
interface ManifestMember {
  kind?: string;
  name: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
  description?: string;
}

interface ManifestAttribute {
  name: string;
  fieldName?: string;
  description?: string;
}

interface ManifestDeclaration {
  tagName?: string;
  members?: ManifestMember[];
  attributes?: ManifestAttribute[];
  events?: { name?: string }[];
  [key: string]: unknown;
}

interface Manifest {
  modules: { declarations?: ManifestDeclaration[]; [key: string]: unknown }[];
  [key: string]: unknown;
}

/**
 * The manifest as the docs tables should show it: the analyzer lists private, protected and
 * static members too, and a property backed by an attribute twice (as `tenantId` and
 * `tenant-id`). Keeps public instance members without an attribute (`client`, `value`, ...) as
 * properties; an attribute row names its property when the two names differ.
 */
export function publicManifest<M>(input: M): M {
  const manifest = input as unknown as Manifest;
  const declaration = (decl: ManifestDeclaration): ManifestDeclaration => {
    if (!decl.tagName) return decl;
    const members = (decl.members ?? []).filter(
      (member) =>
        !member.static &&
        (member.privacy ?? 'public') === 'public' &&
        member.attribute === undefined &&
        // Attribute-backed fields whose attribute row the analyzer names the same.
        !(decl.attributes ?? []).some((attribute) => attribute.fieldName === member.name),
    );
    const attributes = (decl.attributes ?? []).map((attribute) =>
      attribute.fieldName && attribute.fieldName !== attribute.name
        ? {
            ...attribute,
            description: `${attribute.description ?? ''}\n\nProperty: \`${attribute.fieldName}\`.`,
          }
        : attribute,
    );
    return { ...decl, members, attributes };
  };
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map(declaration),
    })),
  } as unknown as M;
}

/** Every event an element of the manifest documents (`vf-*` ones, and `input`/`change`). */
export function eventNames(input: unknown): string[] {
  const names = (input as Manifest).modules.flatMap((module) =>
    (module.declarations ?? []).flatMap((decl) =>
      decl.tagName ? (decl.events ?? []).map((event) => event.name ?? '') : [],
    ),
  );
  return [...new Set(names.filter(Boolean))].sort();
}

const PRIMITIVE = /^(string|number|boolean)(\s*\|\s*(undefined|null))*$/;

/** Table sections in the order a reader needs them: what to write in HTML first. */
const CATEGORY_ORDER = [
  'attributes',
  'properties',
  'events',
  'slots',
  'css custom properties',
  'css shadow parts',
];

function rank(argType: StrictInputType): number {
  const index = CATEGORY_ORDER.indexOf(String(argType.table?.category ?? ''));
  return index === -1 ? CATEGORY_ORDER.length : index;
}

/**
 * Table sections in reading order (attributes first), and controls only where they do something:
 * an attribute of a primitive type gets one (`string | undefined` becomes a text control);
 * properties, events, slots, parts and CSS properties stay in the table without a control,
 * unless a story gives them one (`argTypes` with `control` or `options`).
 */
export const tidyArgTypes: ArgTypesEnhancer = (context) => {
  const tidied: Record<string, StrictInputType> = {};
  const entries = Object.entries(context.argTypes).sort(([, a], [, b]) => rank(a) - rank(b));
  for (const [name, argType] of entries) {
    const category = argType.table?.category;
    const chosen = argType.control !== undefined || argType.options !== undefined;
    if (!category || chosen) {
      tidied[name] = argType;
    } else if (category !== 'attributes') {
      tidied[name] = { ...argType, control: false };
    } else {
      const typeName = typeof argType.type === 'object' ? argType.type.name : undefined;
      const match = typeof typeName === 'string' ? PRIMITIVE.exec(typeName) : null;
      tidied[name] = match
        ? { ...argType, type: { ...argType.type, name: match[1] } as StrictInputType['type'] }
        : { ...argType, control: false };
    }
  }
  return tidied;
};
