// Outside Next's react-server condition the `server-only` package throws on import.
// The worker and CLI scripts share the server code, so they resolve it to an empty module.
import { register } from 'node:module';

register('data:text/javascript,' + encodeURIComponent(`
export async function resolve(specifier, context, next) {
  if (specifier === 'server-only') return { url: 'data:text/javascript,', shortCircuit: true };
  return next(specifier, context);
}`));
