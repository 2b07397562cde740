import type { APIRoute } from 'astro';
import { searchRecords } from '../../search/records.ts';

// What search finds, for the build's indexing pass (src/search/integration.ts), which
// indexes this file and then removes it from the output.
export const GET: APIRoute = async () => new Response(JSON.stringify(await searchRecords()));
