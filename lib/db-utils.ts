// Small helpers shared by queries.

/** Escapes LIKE wildcards so user text matches literally (C18). */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export const PAGE_SIZE = 20;

export function pageInfo(page: number | undefined, total: number, size = PAGE_SIZE) {
  const pages = Math.max(1, Math.ceil(total / size));
  const current = Math.min(Math.max(1, page ?? 1), pages);
  return { page: current, pages, total, size, offset: (current - 1) * size };
}
