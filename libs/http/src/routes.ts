import { type INestApplicationContext, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import { API_SPEC, type ApiSpec, BODY_LIMIT } from './api';

/** One route of the app, as Nest will register it. */
export interface RouteInfo {
  method: string;
  /** Nest/express syntax: `/boards/:nummer`. */
  path: string;
  /** Matches a request path (no query string). */
  pattern: RegExp;
  spec?: ApiSpec;
  bodyLimit?: number;
  operationId: string;
}

const join = (...parts: string[]) =>
  `/${parts
    .flatMap((p) => p.split('/'))
    .filter((s) => s !== '')
    .join('/')}`;

/** `/boards/:nummer` → a RegExp for request paths; `{*x}` and `*` match the rest. */
export function patternOf(path: string): RegExp {
  let source = '';
  for (const segment of path.split('/').filter((s) => s !== '')) {
    if (segment.startsWith(':')) source += '/[^/]+';
    else if (segment.startsWith('{*') || segment === '*') source += '(?:/.*)?';
    else source += `/${segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
  }
  return new RegExp(`^${source || '/'}/?$`);
}

/**
 * Every controller route of a Nest app, read from the same metadata Nest
 * uses to register them (available right after NestFactory.create).
 */
export function collectRoutes(app: INestApplicationContext): RouteInfo[] {
  const modules = app.get(ModulesContainer, { strict: false });
  const scanner = new MetadataScanner();
  const routes: RouteInfo[] = [];
  const seen = new Set<unknown>();
  for (const module of modules.values()) {
    for (const wrapper of module.controllers.values()) {
      const type = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!type || seen.has(type)) continue;
      seen.add(type);
      const base = [
        (Reflect.getMetadata(PATH_METADATA, type) as string | string[] | undefined) ?? '/',
      ].flat();
      for (const name of scanner.getAllMethodNames(type.prototype as object)) {
        const handler = (type.prototype as Record<string, unknown>)[name] as object;
        const own = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        if (own === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const spec = Reflect.getMetadata(API_SPEC, handler) as ApiSpec | undefined;
        const bodyLimit = Reflect.getMetadata(BODY_LIMIT, handler) as number | undefined;
        for (const b of base) {
          for (const o of [own].flat()) {
            const path = join(b, o);
            routes.push({
              method: String(method),
              path,
              pattern: patternOf(path),
              ...(spec ? { spec } : {}),
              ...(bodyLimit ? { bodyLimit } : {}),
              operationId: `${type.name.replace(/Controller$/, '')}.${name}`,
            });
          }
        }
      }
    }
  }
  return routes;
}
