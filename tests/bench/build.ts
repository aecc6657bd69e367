/**
 * Builds what the bench measures: the extension (`npm run build`) and, beside
 * a copy of it, the bench pages (floor, plain textarea, seeding helper) with
 * Vite's production defaults and the React plugin, as WXT builds the panel.
 * The pages live inside the copied extension so that they load from the same
 * chrome-extension:// origin, process and disk as the panel.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

export const root = path.resolve(import.meta.dirname, '../..');
export const builtExtension = path.join(root, '.output/chrome-mv3');
/** The copy of the built extension the browser loads, with the bench pages under `bench/`. */
export const benchExtension = path.join(root, 'bench/.ext');

export async function buildAll({ extension }: { extension: boolean }): Promise<void> {
  if (extension) {
    const run = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8' });
    if (run.status !== 0) {
      process.stderr.write(`${run.stdout}\n${run.stderr}`);
      throw new Error('npm run build failed');
    }
  }
  if (!existsSync(path.join(builtExtension, 'manifest.json'))) throw new Error(`No build at ${builtExtension}`);
  rmSync(benchExtension, { recursive: true, force: true });
  cpSync(builtExtension, benchExtension, { recursive: true });
  const pages = path.join(import.meta.dirname, 'pages');
  await build({
    configFile: false,
    root: pages,
    base: '/bench/',
    mode: 'production',
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir: path.join(benchExtension, 'bench'),
      emptyOutDir: true,
      rollupOptions: {
        input: {
          floor: path.join(pages, 'floor.html'),
          textarea: path.join(pages, 'textarea.html'),
          seed: path.join(pages, 'seed.html'),
        },
      },
    },
  });
}
