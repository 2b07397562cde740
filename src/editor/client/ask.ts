import type { ToolbarServerHelpers } from 'astro/runtime/client/dev-toolbar/helpers.js';
import { REPLY, REQUEST, type NoteDraft, type Reply, type Request } from '../protocol.ts';

type ReplyTo<K extends Request['kind']> = Extract<Reply, { kind: K }>;

/**
 * The desk's requests to its dev-server side, each resolved with its reply. Replies go to
 * every open page of the dev server; each page keeps only those to its own requests.
 */
export function requester(server: ToolbarServerHelpers) {
  const pending = new Map<string, (reply: Reply) => void>();
  server.on<Reply>(REPLY, (reply) => {
    pending.get(reply.id)?.(reply);
    pending.delete(reply.id);
  });
  const ask = <K extends Request['kind']>(request: Request & { kind: K }) =>
    new Promise<ReplyTo<K>>((resolve) => {
      pending.set(request.id, resolve as (reply: Reply) => void);
      server.send(REQUEST, request);
    });
  const id = () => crypto.randomUUID();
  return {
    context: (article: string) => ask({ id: id(), kind: 'context', article }),
    problems: () => ask({ id: id(), kind: 'problems' }),
    save: (draft: NoteDraft) => ask({ id: id(), kind: 'save', draft }),
  };
}
