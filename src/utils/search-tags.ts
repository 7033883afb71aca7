/**
 * What the search index records about a phase page besides its text: Pagefind filters whose values are
 * language-neutral ids (the phase slug, role ids), so that one filter choice applies to the results of
 * every language, and the search panel shows them with the labels of the page's language.
 */

/** The filter names, shared by the indexed pages and the search panel. */
export const SEARCH_FILTERS = { phase: 'phase', role: 'role' } as const;

/**
 * The `kind` metadata of an indexed page that is not a phase (`data-pagefind-meta="kind:glossary"`): the
 * search panel tags its results ("Glossary").
 */
export const SEARCH_KINDS = { glossary: 'glossary' } as const;

/** Pagefind's inline metadata syntax for a page's kind. */
export function searchKindAttribute(kind: keyof typeof SEARCH_KINDS): string {
  return `kind:${SEARCH_KINDS[kind]}`;
}

export interface TaggablePhase {
  readonly slug: string;
  readonly data: {
    readonly roles: readonly string[];
    readonly checklist: readonly { readonly items: readonly { readonly role?: string | undefined }[] }[];
  };
}

/** Everyone the phase involves: its `roles`, then the roles of its checklist items, each once. */
export function phaseRoles(phase: TaggablePhase): string[] {
  const itemRoles = phase.data.checklist.flatMap((group) =>
    group.items.flatMap((item) => (item.role ? [item.role] : [])),
  );
  return [...new Set([...phase.data.roles, ...itemRoles])];
}

/** Pagefind's inline filter syntax (`data-pagefind-filter="role:dns-admin"`), one attribute value per filter value. */
export function searchFilterAttributes(phase: TaggablePhase): string[] {
  return [
    `${SEARCH_FILTERS.phase}:${phase.slug}`,
    ...phaseRoles(phase).map((role) => `${SEARCH_FILTERS.role}:${role}`),
  ];
}
