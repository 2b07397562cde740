import type { Server } from 'node:http';

export function startServer(options?: { root?: string; port?: number }): Promise<{ server: Server; origin: string }>;
