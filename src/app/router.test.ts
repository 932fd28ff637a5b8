import { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { isReservedName } from '@/config/site-rules.js';
import { createRoutes, type PageHandle } from './router';

function allRoutes(routes: RouteObject[]): RouteObject[] {
  return routes.flatMap((route) => [route, ...allRoutes(route.children ?? [])]);
}

describe('the route table', () => {
  it('names the module of every lazily loaded page, so the build can preload the right chunk', async () => {
    const pages = allRoutes(createRoutes(new QueryClient())).filter((route) => route.lazy);
    expect(pages.length).toBeGreaterThan(5);
    for (const route of pages) {
      const { module } = route.handle as PageHandle;
      expect(module).toMatch(/^[a-z-]+$/);
      const lazy = route.lazy as { Component: () => Promise<unknown> };
      const component = await lazy.Component();
      const exports = (await import(`../routes/${module}.tsx`)) as Record<string, unknown>;
      expect(Object.values(exports)).toContain(component);
    }
  });

  it('gives every fixed route under an edition a name that feeds cannot use for a section', () => {
    const edition = allRoutes(createRoutes(new QueryClient())).find((route) => route.id === 'edition');
    const fixed = allRoutes(edition?.children ?? [])
      .map((route) => route.path?.split('/')[0])
      .filter((segment): segment is string => segment !== undefined && segment !== '*' && !segment.startsWith(':'));
    expect(fixed.length).toBeGreaterThan(5);
    for (const name of fixed) expect(isReservedName(name), name).toBe(true);
  });
});
