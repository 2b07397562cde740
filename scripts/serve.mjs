// `npm start`: serve the built site on http://localhost:4321 (PORT to change it).
import { startServer } from './static-server.mjs';

const port = Number(process.env.PORT ?? 4321);
const { origin } = await startServer({ root: process.env.ASTRO_OUT_DIR ?? 'dist', port });
console.log(`Floorboards is being served at ${origin}/ (Ctrl+C to stop)`);
