import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { EDITOR_APP_ID, REPLY, REQUEST, type Reply, type Request } from './protocol.ts';

/** A pencil: the desk's icon in the toolbar. */
const ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true"><path d="M12 20h9"/><path d="M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4Z"/></svg>';

/**
 * The editor's desk: a dev toolbar app for `astro dev` only. In a build (or preview, or sync)
 * it adds nothing, so none of its code reaches dist/. In dev it turns the toolbar on, adds
 * the app, and answers the app's requests over the dev server's HMR channel, which only a
 * page of the dev server can reach: the note form's context, every content problem, and
 * saving a note (checked by the build's rules; written only under content/notes/).
 * The server modules are imported only then, so nothing of them loads in a build either.
 */
export default function editorsDesk(): AstroIntegration {
  return {
    name: 'floorboards-editors-desk',
    hooks: {
      'astro:config:setup': ({ command, config, addDevToolbarApp, updateConfig }) => {
        if (command !== 'dev') return;
        // Vite's pre-bundled dependencies (the app's `astro/toolbar` among them) kept in this
        // server's own cache folder: a second dev server with the shared default
        // (node_modules/.vite) rewrites them, and loading the app then fails as outdated.
        updateConfig({
          devToolbar: { enabled: true },
          vite: { cacheDir: fileURLToPath(new URL('./vite/', config.cacheDir)) },
        });
        addDevToolbarApp({
          id: EDITOR_APP_ID,
          name: 'Editor’s desk',
          icon: ICON,
          entrypoint: new URL('./client/app.ts', import.meta.url),
        });
      },
      'astro:server:setup': ({ toolbar, refreshContent, logger }) => {
        toolbar.on<Request>(REQUEST, (request) => {
          void answer(request, refreshContent).then(
            (reply) => toolbar.send(REPLY, reply),
            (error: Error) => {
              logger.error(`${request.kind}: ${error.message}`);
              toolbar.send(REPLY, failure(request, error));
            },
          );
        });
      },
    },
  };
}

async function answer(request: Request, refresh?: (options: { loaders?: string[] }) => Promise<void>): Promise<Reply> {
  switch (request.kind) {
    case 'context': {
      const { articleContext } = await import('./server/article-context.ts');
      const context = articleContext(request.article);
      return context
        ? { id: request.id, kind: 'context', context }
        : {
            id: request.id,
            kind: 'context',
            problem: 'This page is not a column: open a column’s reading page to add a note.',
          };
    }
    case 'problems': {
      const { siteProblems } = await import('./server/site-problems.ts');
      return { id: request.id, kind: 'problems', problems: await siteProblems() };
    }
    case 'save': {
      const { saveNote } = await import('./server/save-note.ts');
      const result = await saveNote(request.draft);
      // So that the page, reloaded next, finds the new note in its collection (the content
      // folder may lie outside what the dev server watches). The reply does not wait for it.
      if (result.saved) void refresh?.({}).catch(() => undefined);
      return { id: request.id, kind: 'save', ...result };
    }
  }
}

function failure(request: Request, error: Error): Reply {
  if (request.kind === 'save')
    return { id: request.id, kind: 'save', problems: [{ field: 'form', problem: error.message }] };
  if (request.kind === 'problems')
    return { id: request.id, kind: 'problems', problems: [{ file: '(the desk)', line: 1, problem: error.message }] };
  return { id: request.id, kind: 'context', problem: error.message };
}
