import { createRequire as __livednsCreateRequire } from 'node:module'; const require = __livednsCreateRequire(import.meta.url);
