// Builds CloseRead's custom elements and stylesheet into the web app's static resources.
// Vaadin keeps its own pre-built bundle; our files are loaded by URL (context://js, context://styles).
import { build } from 'esbuild';
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const resources = join(here, '..', 'target', 'classes', 'META-INF', 'resources');
const testResources = join(here, '..', 'target', 'test-classes');

const entryPoints = readdirSync(join(here, 'src'))
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
  .map((f) => join(here, 'src', f));

if (entryPoints.length > 0) await build({
  entryPoints,
  bundle: true,
  format: 'esm',
  target: 'es2020',
  minify: true,
  sourcemap: false,
  outdir: join(resources, 'js'),
  logLevel: 'warning',
});

mkdirSync(join(resources, 'styles'), { recursive: true });
cpSync(join(here, 'styles'), join(resources, 'styles'), { recursive: true });

// axe-core is injected into pages by the accessibility tests only.
mkdirSync(testResources, { recursive: true });
cpSync(join(here, 'node_modules', 'axe-core', 'axe.min.js'), join(testResources, 'axe.min.js'));

console.log(`frontend: ${entryPoints.length} element(s) and styles built into ${resources}`);
